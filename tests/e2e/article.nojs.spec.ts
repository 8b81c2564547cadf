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
