import { expect, test } from '@playwright/test';
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };

// Topics, event outcomes and the reader's small things (issue: a reader's path), on the fixture site:
// its topic «Адам құқықтары мен бостандықтары» is on 13 test articles, the founding article, four
// events, one published answer and one report's proposal; its first held event records an outcome.

const TOPIC = 'adam-quqyqtary';

test('a topic lists everything on it, newest first, paged, and each item links back to it', async ({
  page,
  request,
}) => {
  await page.goto('/kk/topics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.Topics.title);
  await page.getByRole('link', { name: 'Адам құқықтары мен бостандықтары' }).click();
  await expect(page).toHaveURL(`/kk/topics/${TOPIC}`);
  const items = page.locator('main ol[data-list="topic"] > li');
  await expect(items).toHaveCount(12);
  const days = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect([...days].sort().reverse()).toEqual(days);
  // Articles, events and the published answer, each named by its kind.
  for (const kind of ['Мақала', 'Іс-шара']) await expect(items.filter({ hasText: kind }).first()).toBeVisible();
  await expect(items.filter({ hasText: 'Сұрақ пен жауап' })).toHaveCount(1);
  const reports = await items.filter({ hasText: 'Есеп ·' }).count();
  await page.getByRole('link', { name: kk.Pagination.next }).click();
  await expect(page).toHaveURL(`/kk/topics/${TOPIC}/page/2`);
  await expect(items).toHaveCount(8);
  // The report whose proposal is on it, on one of the two pages.
  expect(reports + (await items.filter({ hasText: 'Есеп ·' }).count())).toBe(1);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`/kk/topics/${TOPIC}/page/2</loc>`);
  expect(sitemap).toContain('/ru/topics</loc>');

  await page.goto('/ru/news/synaq-01');
  await page.getByRole('link', { name: 'Права и свободы человека' }).click();
  await expect(page).toHaveURL(`/ru/topics/${TOPIC}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Права и свободы человека');
});

test('search finds a topic as its page', async ({ page }) => {
  await page.goto(`/kk/search?q=${encodeURIComponent('адам құқықтары')}`);
  await expect(page.locator(`main a[href="/kk/topics/${TOPIC}"]`).first()).toBeVisible();
  // One search box on the results page: its own.
  await expect(page.locator('input[type=search]')).toHaveCount(1);
  await expect(page.locator('input[type=search]')).toHaveAttribute('placeholder', kk.Search.placeholder);
});

test('a held event shows its outcome and the answered questions about it; the plan counts residents reached', async ({
  page,
}) => {
  for (const [locale, t] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    await page.goto(`/${locale}/events/2026-01-03-synaq-01`);
    const outcome = page.locator('section[aria-labelledby="event-outcome"]');
    await expect(outcome.getByRole('heading', { level: 2 })).toHaveText(t.Events.outcomeTitle);
    await expect(outcome).toContainText(`${t.Events.participants}48`);
    await expect(outcome).toContainText(`${t.Events.questionsRaised}12`);
    await expect(outcome.getByRole('link')).toHaveAttribute('href', `/${locale}/questions/2026-03-12-m3rdkzqb`);
    await page.goto(`/${locale}/events`);
    const reached = page.locator('table[data-table="reached"]');
    await expect(reached.locator('tr[data-row="karmakshy"] td')).toHaveText('48');
    await expect(reached.locator('tr[data-row="shieli"] td')).toHaveText('30');
    await expect(
      page.getByRole('heading', { name: t.Events.reached.replace('{count}', '78'), exact: false }),
    ).toBeVisible();
    // The plan's formats are the links they look like.
    await page.getByRole('link', { name: t.Events.formatPublicDiscussion, exact: true }).first().click();
    await expect(page).toHaveURL(`/${locale}/events/format/public-discussion`);
  }
});

test('inner pages start where the header does; the 404 page says where its language link goes', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/kk/news/synaq-01');
  const header = await page.locator('header a[href="/kk"]').first().boundingBox();
  const title = await page.locator('main h1').boundingBox();
  expect(Math.abs(header!.x - title!.x)).toBeLessThan(2);
  const response = await page.goto('/kk/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('header a[hreflang="ru"]')).toHaveAttribute('title', kk.LanguageSwitcher.switchToHome);
});

test('each topic says how the founding article raised it, in its words, and whose words they are', async ({ page }) => {
  for (const [locale, words] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    await page.goto(`/${locale}/topics`);
    await expect(page.getByRole('main')).toContainText(words.Topics.intro);
    const topics = page.locator('main ul > li');
    const count = await topics.count();
    expect(count).toBeGreaterThan(0);
    // Every topic: how it was raised, and its quote linked to the paragraph.
    await expect(topics.locator('[data-raised]')).toHaveCount(count);
    await expect(topics.locator('blockquote')).toHaveCount(count);
    await expect(topics.locator('a[data-source-link]')).toHaveCount(count);
    // One speaker's words are credited to him, linked to his page.
    const speech = topics.filter({ has: page.locator('[data-raised="speech"]') }).first();
    await expect(speech.locator('[data-said-by] a')).toHaveText('Жандос Базартай');
    await speech.locator('[data-said-by] a').click();
    await expect(page).toHaveURL(`/${locale}/people/zhandos-bazartai`);
  }
});
