import { expect, test } from '@playwright/test';
import { requestShapes, sendShapes } from './request-shapes';

// The request shapes of request-shapes.ts that reach the site's code under `next start` alone (GET and
// HEAD, and requests with a body, which the proxy takes): none a 5xx, nothing leaked. The others are
// answered by nginx in front (the README's serve command, requests.nginx.spec.ts).
test('next start answers every request shape it can be reached with, never with a 5xx or a leak', async ({
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const { host, port } = new URL(baseURL!);
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await request.get('/kk')).text())?.[1];
  const shapes = requestShapes(host, { css: css! }).filter((s) => s.reachable);
  const { sent, failures } = await sendShapes(Number(port), shapes);
  console.log(`next start: ${sent} request shapes, ${failures.length} failed`);
  expect(failures).toEqual([]);
});
