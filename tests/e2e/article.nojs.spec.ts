import { expect, test } from '@playwright/test';
import { FOUNDING, locales, LONG_EVENT, text } from './fixtures';

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
  // Every page type in both languages, then every link on them: more than one page's worth of time.
  test.setTimeout(90_000);
  const { pageTypes } = await import('./page-types');
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
  // Eight at a time: the pages grow in number, the test's time should not.
  const all = [...links];
  for (let i = 0; i < all.length; i += 8) {
    const batch = all.slice(i, i + 8);
    const statuses = await Promise.all(batch.map(async (href) => (await request.get(href)).status()));
    expect(Object.fromEntries(batch.map((href, k) => [href, statuses[k]]))).toEqual(
      Object.fromEntries(batch.map((href) => [href, 200])),
    );
  }
});

for (const locale of locales) {
  test(`${locale}: an article and an event are shared by plain links with their title and address`, async ({
    page,
    baseURL,
  }) => {
    for (const path of [`/news/${FOUNDING}`, `/events/${LONG_EVENT}`]) {
      await page.goto(`/${locale}${path}`);
      const title = await page.getByRole('heading', { level: 1 }).innerText();
      const url = `${baseURL}/${locale}${path}`;
      const share = page.locator('section[aria-labelledby="share-title"]');
      await expect(share.locator('[data-share]')).toHaveCount(6);
      const telegram = await share.locator('[data-share="telegram"]').getAttribute('href');
      expect(telegram).toBe(`https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`);
      await expect(share.getByRole('textbox')).toHaveValue(url);
    }
  });
}

test('an article links the one published before it and the one after, which link back', async ({ page }) => {
  await page.goto('/kk/news');
  const articles = await page
    .locator('main article h2 a, main article h3 a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const second = articles[1];
  await page.goto(second!);
  const before = page.locator('a[rel="prev"]');
  const after = page.locator('a[rel="next"]');
  await expect(before).toHaveCount(1);
  await expect(after).toHaveCount(1);
  await after.click();
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', second!);
});

for (const locale of locales) {
  test(`${locale}: the news archive lists each month with its count, and each month its articles`, async ({ page }) => {
    await page.goto(`/${locale}/news`);
    await page.locator(`main a[href="/${locale}/news/archive"]`).click();
    await expect(page).toHaveURL(`/${locale}/news/archive`);
    const months = page.locator(`main a[href^="/${locale}/news/archive/"]`);
    expect(await months.count()).toBeGreaterThan(1);
    // The counts add up to the list's.
    const counts = (await page.locator('main section li').allInnerTexts()).map((t) =>
      Number(/\((\d+)/.exec(t)?.[1] ?? 0),
    );
    const total = counts.reduce((a, b) => a + b, 0);
    await page.goto(`/${locale}/news`);
    await expect(page.locator('main h1 + p')).toContainText(String(total));
    // A month shows as many articles as its count.
    await page.goto(`/${locale}/news/archive`);
    await months.first().click();
    await expect(page.locator('main article')).toHaveCount(counts[0]!);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(locale === 'kk' ? 'жылғы' : '2026');
  });
}

test('an event lists up to three related events, linked', async ({ page }) => {
  await page.goto(`/kk/events/${LONG_EVENT}`);
  const related = page.locator('section[aria-labelledby="related"] li a');
  await expect(related).toHaveCount(3);
  await related.first().click();
  await expect(page).toHaveURL(/\/kk\/events\/[^/]+$/);
});
