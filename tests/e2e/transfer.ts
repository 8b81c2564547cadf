import type { CDPSession, Page } from '@playwright/test';

export type Transfer = { bytes: number; requests: { url: string; bytes: number; type: string }[] };

/** Counts bytes on the wire (compressed, with headers) for everything the page fetches, via CDP. */
async function record(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const meta = new Map<string, { url: string; type: string }>();
  const requests: Transfer['requests'] = [];
  cdp.on('Network.responseReceived', (e) => meta.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => {
    const m = meta.get(e.requestId);
    if (m) requests.push({ ...m, bytes: e.encodedDataLength });
  });
  const snapshot = (): Transfer => ({ bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests: [...requests] });
  return { snapshot, stop: () => cdp.detach() };
}

/** What a page load transfers, until the network is idle. */
export async function measureTransfer(page: Page, url: string): Promise<Transfer> {
  const recorder = await record(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const transfer = recorder.snapshot();
  await recorder.stop();
  return transfer;
}

/** What a page load transfers before the reader scrolls, and once they have scrolled to the end. */
export async function measureScrolling(page: Page, url: string): Promise<{ before: Transfer; after: Transfer }> {
  const recorder = await record(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  const before = recorder.snapshot();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(100);
  }
  await page.waitForLoadState('networkidle');
  const after = recorder.snapshot();
  await recorder.stop();
  return { before, after };
}
