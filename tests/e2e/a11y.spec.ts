import { type BrowserContextOptions, expect, type Page, test } from '@playwright/test';
import { locales } from './fixtures';
import { pageTypes } from './page-types';
import { wcagViolations } from './axe';

/**
 * The page-type checks share one page per worker, each test loading its own address in it: axe's
 * 500 KB script, compiled once in that page's process, is read again in a third of the time and runs
 * twice as fast warm (a fresh page for every test was most of this file's time). Nothing a test
 * changes outlives its navigation: the tests that resize or print the page keep their own.
 */
const pageTypeTest = test.extend<object, { shared: Page }>({
  shared: [
    async ({ browser }, provide, workerInfo) => {
      const { viewport, screen, isMobile, hasTouch, deviceScaleFactor, userAgent, baseURL } = workerInfo.project.use;
      const options: BrowserContextOptions = {
        viewport,
        screen,
        isMobile,
        hasTouch,
        deviceScaleFactor,
        userAgent,
        baseURL,
      };
      const context = await browser.newContext(options);
      await provide(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ shared }, provide) => {
    await provide(shared);
    shared.removeAllListeners('console');
  },
});

// Runs in the desktop (1280 px) and phone (390 px) projects; on a phone, every page type in Kazakh, whose
// long words are the harder fit (both languages are held to 320 px below).
for (const locale of locales) {
  for (const [type, path] of Object.entries(pageTypes)) {
    pageTypeTest(
      `${locale} ${type}: no WCAG 2.2 AA violations, one h1, headings in order`,
      async ({ page, isMobile }) => {
        pageTypeTest.skip(isMobile && locale !== 'kk', 'the phone checks the Kazakh pages');
        const cspViolations: string[] = [];
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
        });
        await page.goto(`/${locale}${path}`);
        const violations = await wcagViolations(page);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        await expect(page.locator('h1')).toHaveCount(1);
        const levels = await page
          .locator('main h1, main h2, main h3, main h4')
          .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
        levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i}`).toBeLessThanOrEqual(1));
        for (const landmark of ['banner', 'main', 'contentinfo'])
          await expect(page.getByRole(landmark as 'main')).toHaveCount(1);
        expect(cspViolations).toEqual([]);
      },
    );
  }

  test(`${locale}: usable at 400 % zoom (320 CSS px): nothing scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of Object.values(pageTypes)) {
      await page.goto(`/${locale}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test(`${locale}: focus is visible on every link and on the search field`, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    const tags: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { tag: el.tagName, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
      });
      tags.push(outline.tag);
      expect(outline.style).not.toBe('none');
      expect(outline.width).toBeGreaterThanOrEqual(2);
    }
    // The skip link, the language switch, the site's name, the search field and its button, the menu.
    expect(tags).toEqual(['A', 'A', 'A', 'INPUT', 'BUTTON', 'A']);
  });
}

test.describe('print', () => {
  test.skip(({ isMobile }) => isMobile, 'paper is not a phone');
  for (const locale of locales) {
    test(`${locale}: a printed article has no navigation, and shows its address and date`, async ({ page }) => {
      await page.goto(`/${locale}${pageTypes.article}`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByText(`/${locale}${pageTypes.article}`, { exact: false }).first()).toBeVisible();
      await expect(page.locator('article time').first()).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      await expect(page.getByRole('banner')).toBeVisible();
    });
  }
});
