import { expect, test } from '@playwright/test';
import { locales } from './fixtures';
import { pageTypes } from './page-types';

// Its accessibility on a phone is a11y.spec.ts's (the results are one of the page types).

for (const locale of locales) {
  test(`${locale}: every page has the search form in its header, the search page its own alone`, async ({ page }) => {
    for (const path of Object.values(pageTypes)) {
      await page.goto(`/${locale}${path}`);
      const onSearch = path.startsWith('/search');
      // One search box on the search page: its own, at the top of its main part.
      await expect(page.getByRole('searchbox'), path).toHaveCount(1);
      const form = onSearch ? page.getByRole('main').getByRole('search') : page.getByRole('banner').getByRole('search');
      await expect(form, path).toHaveAttribute('action', `/${locale}/search`);
      await expect(form.getByRole('searchbox'), path).toHaveAttribute('name', 'q');
      await expect(page.locator('head link[rel="search"]'), path).toHaveAttribute('href', `/${locale}/opensearch.xml`);
    }
  });
}

// Hostile queries: answered 200 or 400, never 5xx; what they hold shows as text, never as markup.
const hostile: [string, string][] = [
  ['10 kB', `q=${encodeURIComponent('коалиция '.repeat(200))}`],
  ['HTML and script', `q=${encodeURIComponent('<script>alert(1)</script>')}`],
  ['an attribute breaking out', `q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
  ['regular-expression characters', `q=${encodeURIComponent('.*+?^${}()|[]\\')}`],
  ['a null byte', 'q=a%00b'],
  ['malformed percent-encoding', 'q=%E0%A4%A'],
  ['q given twice', `q=${encodeURIComponent('Базартай')}&q=${encodeURIComponent('<b>x</b>')}`],
  ['an unknown page', 'q=x&page=abc'],
  ['a page past the limit', 'q=x&page=100000'],
  ['a page past the results', `q=${encodeURIComponent('Базартай')}&page=7`],
];

for (const [name, query] of hostile) {
  test(`kk: ${name} is answered without a server error or reflected markup`, async ({ page }) => {
    const alerts: string[] = [];
    page.on('dialog', (d) => void (alerts.push(d.message()), d.dismiss()));
    const response = await page.goto(`/kk/search?${query}`);
    expect([200, 400]).toContain(response?.status());
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    await expect(page.locator('main img, main b')).toHaveCount(0);
    await expect(page.locator('body')).toBeVisible();
    expect(alerts).toEqual([]);
  });
}

test('kk: the field shows a hostile query as it was typed, and a long one cut with a notice', async ({ page }) => {
  await page.goto(`/kk/search?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`);
  await expect(page.locator('main input[name="q"]')).toHaveValue('"><img src=x onerror=alert(1)>');
  await page.goto(`/kk/search?q=${encodeURIComponent('коалиция '.repeat(200))}`);
  await expect(page.locator('main')).toContainText('алғашқы 120 таңбасы ғана ізделді');
  await page.goto(`/kk/search?q=${encodeURIComponent('Базартай')}&q=other`);
  await expect(page.locator('main input[name="q"]')).toHaveValue('Базартай');
  await page.goto(`/kk/search?q=${encodeURIComponent('Базартай')}&page=7`);
  await expect(page.locator('main')).toContainText('Бұл бетте нәтиже жоқ');
});
