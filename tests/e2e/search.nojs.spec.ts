import { expect, test } from '@playwright/test';
import { FOUNDING, locales, RU_ONLY } from './fixtures';

// Search is a GET form and a page rendered on the server: all of it works without JavaScript.

const words = {
  kk: { found: 'нәтиже табылды', other: 'Орысша беттер', badge: 'орысша', nothing: 'ештеңе табылмады' },
  ru: { found: 'По запросу', other: 'Страницы на казахском', badge: 'на казахском', nothing: 'ничего не найдено' },
} as const;

for (const locale of locales) {
  test(`${locale}: the header's search finds an article typed in Latin letters, with the words marked`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/news`);
    const search = page.getByRole('search');
    await search.getByRole('searchbox').fill('Qyzylorda koalitsiya');
    await search.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(`/${locale}/search?q=Qyzylorda+koalitsiya`);
    await expect(page.locator('main h2').first()).toContainText(words[locale].found);
    const first = page.locator('main ol[aria-labelledby] > li').first();
    await expect(first.getByRole('link')).toHaveAttribute('href', `/${locale}/news/${FOUNDING}`);
    await expect(first.locator('mark').first()).toBeVisible();
    await expect(page.locator('main input[name="q"]')).toHaveValue('Qyzylorda koalitsiya');
    await expect(page).toHaveTitle(/^«Qyzylorda koalitsiya»/);
  });

  test(`${locale}: results page through the list, and the language switch keeps the search`, async ({ page }) => {
    await page.goto(`/${locale}/search?q=${encodeURIComponent('сынақ')}`);
    const pages = page.getByRole('navigation', {
      name: locale === 'kk' ? 'Іздеу нәтижелерінің беттері' : 'Страницы результатов поиска',
    });
    const firstPage = await page.locator('main ol[aria-labelledby] > li h3').allTextContents();
    expect(firstPage).toHaveLength(10);
    await pages.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(/[?&]page=2$/);
    const secondPage = await page.locator('main ol[aria-labelledby] > li h3').allTextContents();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);

    const other = locale === 'kk' ? 'ru' : 'kk';
    await page.getByRole('banner').locator('a[hreflang]').click();
    await expect(page).toHaveURL(`/${other}/search?q=%D1%81%D1%8B%D0%BD%D0%B0%D2%9B`);
    await expect(page.locator('main input[name="q"]')).toHaveValue('сынақ');
  });
}

test('kk: a page written only in Russian is listed after the Kazakh ones, marked as Russian', async ({ page }) => {
  await page.goto(`/kk/search?q=${encodeURIComponent('статья только на русском')}`);
  await expect(page.getByRole('heading', { level: 2, name: words.kk.other })).toBeVisible();
  const item = page.locator(`main li:has(a[href="/ru/news/${RU_ONLY}"])`);
  await expect(item).toContainText(words.kk.badge);
  await expect(item.getByRole('heading')).toHaveAttribute('lang', 'ru');
});

test('ru: nothing found says what was searched, how it was read, and where to look instead', async ({ page }) => {
  await page.goto(`/ru/search?q=Qyzylordazzz`);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('По запросу «Qyzylordazzz» ничего не найдено');
  await expect(page.locator('main')).toContainText('Искали и в таком написании: кызылордаззз.');
  await expect(page.locator('main')).toContainText('на казахском и на русском');
  await expect(page.locator('main a[href="/ru/events"]')).toBeVisible();
});
