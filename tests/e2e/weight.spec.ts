import { createHash } from 'node:crypto';
import { chromium, devices, expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { chromiumLaunchOptions, chromiumPath } from '../chromium';
import { FOUNDING, locales, PHOTO_ARTICLE } from './fixtures';
import { pageTypes } from './page-types';
import { measureScrolling, measureTransfer } from './transfer';

const BUDGET = 160 * 1024;

test.describe('page weight on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'measured in the phone project');

  for (const locale of locales) {
    test(`${locale}: an article transfers at most 160 KiB, all from this origin`, async ({ page }) => {
      const transfer = await measureTransfer(page, `/${locale}/news/${FOUNDING}`);
      expect(transfer.requests.filter((r) => !r.url.startsWith(baseURL)).map((r) => r.url)).toEqual([]);
      expect(transfer.bytes).toBeLessThanOrEqual(BUDGET);
      // Fonts: only the subset files the page's letters need, cut to the site's characters.
      const fonts = transfer.requests.filter((r) => r.type === 'Font');
      for (const font of fonts)
        expect(font.url).toMatch(/\/fonts\/noto-sans-(latin|cyrillic|cyrillic-ext)\.[0-9a-f]{12}\.woff2$/);
      expect(fonts.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(48 * 1024);
    });
  }

  test('a photo report costs at most 200 KiB before scrolling, and no photo more than 120 KiB, at 3 device pixels per CSS pixel', async () => {
    // In the whole browser, as on a phone: how far ahead a lazy photo loads is the browser's choice, and
    // the headless shell the other tests run in chooses farther (it loads the third photo, 2,500 px
    // down, before any scroll).
    const browser = await chromium.launch({ ...chromiumLaunchOptions, executablePath: chromiumPath });
    try {
      const context = await browser.newContext({
        ...devices['Pixel 7'],
        viewport: { width: 390, height: 844 },
        screen: { width: 390, height: 844 },
        deviceScaleFactor: 3,
        baseURL,
      });
      const page = await context.newPage();
      const { before, after } = await measureScrolling(page, `/kk/news/${PHOTO_ARTICLE}`);
      expect(before.bytes).toBeLessThanOrEqual(200 * 1024);
      const photos = after.requests.filter((r) => r.type === 'Image');
      expect(photos).toHaveLength(4);
      for (const photo of photos) expect(photo.bytes, photo.url).toBeLessThanOrEqual(120 * 1024);
    } finally {
      await browser.close();
    }
  });

  test('pages carry no client runtime: the only scripts are JSON-LD data', async ({ page }) => {
    await page.goto(`/kk/news/${FOUNDING}`);
    const types = await page.locator('script').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('type')));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['application/ld+json']));
  });

  test('every page type paints from its HTML alone: its styles inside it, allowed by their hash, nothing render-blocking', async ({
    page,
    request,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const blocking: string[] = [];
    page.on('request', (r) => {
      if (['stylesheet', 'script'].includes(r.resourceType())) blocking.push(r.url());
    });
    for (const [name, href] of Object.entries(pageTypes)) {
      const address = `/kk${href}`;
      const response = await request.get(address);
      const html = await response.text();
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles, name).toHaveLength(1);
      expect(html, name).not.toMatch(/<link[^>]+rel="stylesheet"/);
      const hash = `'sha256-${createHash('sha256').update(styles[0]!).digest('base64')}'`;
      expect(response.headers()['content-security-policy'], name).toContain(hash);
      expect(response.headers()['content-security-policy'], name).not.toContain('unsafe-inline');
      // What blocks the first paint is the HTML alone: no stylesheet and no script requested before it.
      blocking.length = 0;
      await page.goto(address);
      expect(blocking, name).toEqual([]);
      // Styled: the header's bar has the site's colour, not the browser's default.
      await expect(page.locator('header > div').first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
    }
    expect(refused).toEqual([]);
  });
});
