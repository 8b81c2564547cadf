import { expect, test } from '@playwright/test';
import { requestShapes, sendShapes } from './request-shapes';

// Every request shape of request-shapes.ts, sent to the README's serve command (npm start: nginx in
// front of the workers): every one answered, none a 5xx, nothing leaked.
test('npm start answers every request shape, never with a 5xx or a leak', async ({ baseURL, request }) => {
  test.setTimeout(120_000);
  const { host, port } = new URL(baseURL!);
  const css = /href="(\/_next\/static\/[^"]+\.css)"/.exec(await (await request.get('/kk')).text())?.[1];
  const { sent, failures } = await sendShapes(Number(port), requestShapes(host, { css: css! }));
  console.log(`npm start: ${sent} request shapes, ${failures.length} failed`);
  expect(failures).toEqual([]);
});
