import type { Page } from '@playwright/test';

export type Transfer = { bytes: number; requests: { url: string; bytes: number; type: string }[] };

/** Bytes on the wire (compressed, with headers) for everything a page load fetches, via CDP. */
export async function measureTransfer(page: Page, url: string): Promise<Transfer> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const meta = new Map<string, { url: string; type: string }>();
  const requests: Transfer['requests'] = [];
  cdp.on('Network.responseReceived', (e) => meta.set(e.requestId, { url: e.response.url, type: e.type }));
  cdp.on('Network.loadingFinished', (e) => {
    const m = meta.get(e.requestId);
    if (m) requests.push({ ...m, bytes: e.encodedDataLength });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await cdp.detach();
  return { bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}
