import { expect, test } from '@playwright/test';
import { ARTICLE_COUNT, FOUNDING, locales, RU_ONLY, text } from './fixtures';

for (const locale of locales) {
  const t = text[locale];
  const other = locale === 'kk' ? 'ru' : 'kk';

  test.describe(`${locale}`, () => {
    test('home shows the coalition and the five latest articles, newest first', async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.homeH1);
      const cards = page.getByRole('main').getByRole('article');
      await expect(cards).toHaveCount(5);
      const latest = cards.first().getByRole('link');
      await expect(latest).toHaveAttribute('href', `/${locale}/news/${RU_ONLY}`);
      const title = await latest.textContent();
      await latest.click();
      await expect(page).toHaveURL(`/${locale}/news/${RU_ONLY}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
    });

    test('news list pages hold twelve articles each, newest first, with dates', async ({ page }) => {
      await page.goto(`/${locale}/news`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.newsH1);
      const items = page.getByRole('main').getByRole('article');
      await expect(items).toHaveCount(12);
      await expect(page.getByRole('main')).toContainText(String(ARTICLE_COUNT));
      const dates = await items
        .locator('time')
        .evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
      expect(dates).toEqual([...dates].sort().reverse());
      await page.getByRole('link', { name: t.nextPage }).click();
      await expect(page).toHaveURL(`/${locale}/news/page/2`);
      await expect(items).toHaveCount(ARTICLE_COUNT - 12);
      await expect(items.last().getByRole('heading')).toHaveText(t.articleH1);
      await expect(items.last().locator('time')).toHaveAttribute('datetime', '2026-02-13');
      await expect(items.last().locator('time')).toHaveText(t.date);
    });

    test('article shows title, localized date, summary and the whole body', async ({ page }) => {
      await page.goto(`/${locale}/news/${FOUNDING}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.articleH1);
      await expect(page.locator('article time').first()).toHaveText(t.date);
      await expect(page.locator('.prose-article')).toContainText(t.quote);
      await expect(page.locator('.prose-article > p')).toHaveCount(8);
      await expect(page.locator('#p-8')).toContainText('695');
    });

    test('language switch lands on the translation of the same page', async ({ page }) => {
      for (const path of ['', '/news', `/news/${FOUNDING}`]) {
        await page.goto(`/${locale}${path}`);
        const link = page.getByRole('banner').locator(`a[hreflang="${other}"]`);
        await expect(link).toHaveText(t.switchTo);
        await link.click();
        await expect(page).toHaveURL(`/${other}${path}`);
        await expect(page.locator('html')).toHaveAttribute('lang', other);
      }
    });

    test('skip link moves focus to the main content', async ({ page }) => {
      await page.goto(`/${locale}/news`);
      await page.keyboard.press('Tab');
      const skip = page.locator('a[href="#main"]');
      await expect(skip).toBeFocused();
      await skip.press('Enter');
      await expect(page.locator('#main')).toBeFocused();
    });

    test('unknown pages are the localized 404', async ({ page }) => {
      for (const path of [
        '/no-such-page',
        `/news/no-such-article`,
        '/news/page/3',
        '/news/page/0',
        '/people/nobody',
        '/parties/nobody',
        '/events/nobody',
        '/page-not-found',
      ]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound);
        await expect(page.getByRole('link', { name: text[locale].switchTo, exact: true })).toBeVisible();
      }
    });
  });
}

test('a path outside any locale is a 404 in the language the browser prefers', async ({ browser }) => {
  // The browser's locale sets its Accept-Language header.
  for (const [browserLocale, locale] of [
    ['ru-RU', 'ru'],
    ['en-US', 'kk'],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    const response = await page.goto('/about-us');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text[locale].notFound);
    await context.close();
  }
});
