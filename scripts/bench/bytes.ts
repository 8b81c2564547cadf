import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, devices } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/chromium';
import { measureScrolling, measureTransfer } from '../../tests/e2e/transfer';
import { stopGroup } from '@/lib/deploy/processes';
import { kib, startNext } from './run';

/** Bytes each page type costs a phone (390 px), cold cache, all from this origin. */
export async function pageBytes(distDir: string, pages: Record<string, string>): Promise<string[]> {
  const port = 3203;
  const next = await startNext(distDir, port);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const rows: string[] = [];
    for (const [name, path] of Object.entries(pages)) {
      const phone = { width: 390, height: 844 };
      const page = await browser.newPage({ viewport: phone, screen: phone, isMobile: true });
      const t = await measureTransfer(page, `http://127.0.0.1:${port}${path}`);
      await page.close();
      const by = (type: string) => kib(t.requests.filter((r) => r.type === type).reduce((s, r) => s + r.bytes, 0));
      const others = t.requests.filter((r) => !r.url.startsWith(`http://127.0.0.1:${port}`)).length;
      rows.push(
        `| ${name} | ${kib(t.bytes)} | ${by('Document')} | ${by('Stylesheet')} | ${by('Script')} | ${by('Font')} | ${by('Image')} | ${others} |`,
      );
    }
    return [
      '| page (kk, phone, cold cache) | total transferred | HTML | CSS | JS | fonts | images | requests to other origins |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ];
  } finally {
    await browser.close();
    stopGroup(next);
    await sleep(500);
  }
}

/**
 * An article with a lead photo and three photos in its text (the fixture site's photo report, made of
 * photographic test images), on a 390 px phone at 3 device pixels per CSS pixel: before scrolling and
 * after scrolling to the end.
 */
export async function photoArticleBytes(distDir: string, path: string): Promise<string[]> {
  const port = 3204;
  const next = await startNext(distDir, port);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({
      ...devices['Pixel 7'],
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
    });
    const { before, after } = await measureScrolling(page, `http://127.0.0.1:${port}${path}`);
    const images = (t: typeof before) => t.requests.filter((r) => r.type === 'Image');
    const largest = Math.max(...images(after).map((r) => r.bytes));
    return [
      '| photo report (lead + 3 photos), phone 390 px × 3 | transferred | of which photos | photos fetched | largest photo |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| before scrolling | ${kib(before.bytes)} | ${kib(images(before).reduce((s, r) => s + r.bytes, 0))} | ${images(before).length} | |`,
      `| after scrolling to the end | ${kib(after.bytes)} | ${kib(images(after).reduce((s, r) => s + r.bytes, 0))} | ${images(after).length} | ${kib(largest)} |`,
    ];
  } finally {
    await browser.close();
    stopGroup(next);
    await sleep(500);
  }
}
