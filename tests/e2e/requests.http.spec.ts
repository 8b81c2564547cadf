import { expect, test } from '@playwright/test';
import { beyondNextStart, requestShapes, sendShapes } from './request-shapes';

// Every request shape of request-shapes.ts, sent to `next start` alone: none a 5xx, nothing leaked, but
// those Node's own HTTP server answers wrongly, which the README's serve command (npm start) answers in
// nginx (requests.nginx.spec.ts).
test('next start answers every request shape it can be reached with, never with a 5xx or a leak', async ({
  baseURL,
  request,
}) => {
  test.setTimeout(120_000);
  const { host, port } = new URL(baseURL!);
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await request.get('/kk')).text())?.[1];
  const shapes = requestShapes(host, { css: css! }).filter((s) => !beyondNextStart.includes(s.name));
  const { sent, failures } = await sendShapes(Number(port), shapes);
  console.log(`next start: ${sent} request shapes, ${failures.length} failed`);
  expect(failures).toEqual([]);
});
