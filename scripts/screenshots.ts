// Screenshots of every page type in both languages at phone and desktop width, for looking at
// what residents see. Needs a running server: `npm run build && npm start`, then
// `npm run screenshots [-- http://localhost:3000]`. Writes screenshots/<name>.png.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium';
import { env } from '../lib/env';

const base = process.argv[2] ?? 'http://localhost:3000';
const pages: Record<string, string> = {
  home: '',
  news: '/news',
  article: '/news/qyzylordada-koalitsiya-quryldy',
  'not-found': '/no-such-page',
  search: `/search?q=${encodeURIComponent('Кызылорда коалиция')}`,
  ...Object.fromEntries(
    (env().EXTRA_PAGES ?? '')
      .split(',')
      .filter(Boolean)
      .map((p) => [p.replaceAll('/', '_'), p]),
  ),
};
const widths = { phone: 390, desktop: 1280 } as const;

const browser = await chromium.launch(chromiumLaunchOptions);
mkdirSync('screenshots', { recursive: true });
for (const locale of ['kk', 'ru']) {
  for (const [name, path] of Object.entries(pages)) {
    for (const [device, width] of Object.entries(widths)) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`${base}/${locale}${path}`, { waitUntil: 'networkidle' });
      const file = `screenshots/${name}-${locale}-${device}.png`;
      await page.screenshot({ path: file, fullPage: true });
      await page.close();
      console.log(file);
    }
  }
}
await browser.close();
