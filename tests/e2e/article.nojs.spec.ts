import { expect, test } from '@playwright/test';
import { FOUNDING, locales, text } from './fixtures';

for (const locale of locales) {
  test(`${locale}: the article reads and the site navigates without JavaScript`, async ({ page }) => {
    await page.goto(`/${locale}/news/${FOUNDING}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text[locale].articleH1);
    await expect(page.locator('.prose-article')).toContainText(text[locale].quote);
    await page.getByRole('banner').locator('a[hreflang]').click();
    const other = locale === 'kk' ? 'ru' : 'kk';
    await expect(page).toHaveURL(`/${other}/news/${FOUNDING}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text[other].articleH1);
  });

  test(`${locale}: the 404 page renders without JavaScript`, async ({ page }) => {
    const response = await page.goto(`/${locale}/news/missing`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text[locale].notFound);
  });
}

test('every page type reads and every link on it works without JavaScript', async ({ page, request }) => {
  const { pageTypes } = await import('./pages');
  const links = new Set<string>();
  for (const locale of locales) {
    for (const [type, path] of Object.entries(pageTypes)) {
      await page.goto(`/${locale}${path}`);
      await expect(page.getByRole('heading', { level: 1 }), `${locale} ${type}`).toBeVisible();
      for (const href of await page
        .locator('a[href^="/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
        links.add(href.split('#')[0] ?? href);
      }
    }
  }
  expect(links.size).toBeGreaterThan(20);
  for (const href of links) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
});
