import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { baseURL } from '../../playwright.config';
import { EVENT_COUNT, PLAN_HELD, locales, LONG_EVENT } from './fixtures';

// The fixture site's 35 events (January to June 2026), built with 1 April 2026 as today.
const text = {
  kk: {
    coming: 'Алдағы іс-шаралар',
    past: 'Өткен іс-шаралар',
    held: `Сайтқа жазылғаны бойынша: жоспардағы 695 іс-шарадан ${PLAN_HELD} іс-шара өткізілді`,
    sessions: 'Коалицияның өз отырыстары (1) жоспардағы іс-шараларға қосылмайды.',
    aral: 'Арал ауданы',
  },
  ru: {
    coming: 'Предстоящие мероприятия',
    past: 'Прошедшие мероприятия',
    held: `По записям на сайте: проведено ${PLAN_HELD} мероприятий из 695`,
    sessions: 'Собственные заседания коалиции (1) в мероприятия плана не входят.',
    aral: 'Аральский район',
  },
} as const;

const items = (page: Page) => page.locator('#main section[aria-labelledby^="events-"] ol > li');
const dates = (page: Page) =>
  items(page)
    .locator('time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));

for (const locale of locales) {
  test(`${locale}: the list shows what is coming first, then what is past, twenty to a page`, async ({ page }) => {
    await page.goto(`/${locale}/events`);
    await expect(page.getByRole('heading', { level: 3 })).toContainText([text[locale].coming, text[locale].past]);
    await expect(items(page)).toHaveCount(20);
    const coming = page.locator('section[aria-labelledby="events-coming"] time');
    const soonestFirst = await coming.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(soonestFirst).toEqual([...soonestFirst].sort());
    expect(soonestFirst[0]! >= '2026-04-01').toBe(true);
    await page.getByRole('link', { name: /→$/ }).click();
    await expect(page).toHaveURL(`/${locale}/events/page/2`);
    await expect(items(page)).toHaveCount(EVENT_COUNT - 20);
    const newestFirst = await dates(page);
    expect(newestFirst).toEqual([...newestFirst].sort().reverse());
    expect((await page.goto(`/${locale}/events/page/3`))?.status()).toBe(404);
  });

  test(`${locale}: filters are pages of their own, with counts that hold`, async ({ page }) => {
    await page.goto(`/${locale}/events`);
    const filters = page.getByRole('navigation', {
      name: locale === 'kk' ? 'Іс-шаралар сүзгісі' : 'Отбор мероприятий',
    });
    const aral = filters.getByRole('link', { name: new RegExp(`^${text[locale].aral} \\d+$`) });
    const count = Number((await aral.textContent())?.match(/(\d+)$/)?.[1]);
    expect(count).toBeGreaterThan(0);
    await aral.click();
    await expect(page).toHaveURL(`/${locale}/events/district/aral`);
    await expect(items(page)).toHaveCount(count);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(text[locale].aral);
    await expect(page).toHaveTitle(new RegExp(text[locale].aral));
    await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${baseURL}/${locale}/events/district/aral`,
    );
    await expect(filters.locator('[aria-current="page"]')).toContainText(text[locale].aral);
    await expect(items(page)).toContainText(Array(count).fill(text[locale].aral));
    // Every choice's count is the number of events its page lists (pages of twenty).
    await page.goto(`/${locale}/events/month/2026-03`);
    const march = Number((await filters.locator('[aria-current="page"]').textContent())?.match(/(\d+)$/)?.[1]);
    await expect(items(page)).toHaveCount(march);
    for (const time of await dates(page))
      expect(time.slice(0, 7)).toBe(time.includes('T') ? time.slice(0, 7) : '2026-03');
    for (const path of [
      '/events/district/baikonur',
      '/events/format/concert',
      '/events/month/2030-01',
      '/events/district/aral/page/2',
    ]) {
      expect((await page.goto(`/${locale}${path}`))?.status(), path).toBe(404);
    }
  });

  test(`${locale}: the plan's progress, as a chart and as a table with the same figures`, async ({ page }) => {
    await page.goto(`/${locale}/events`);
    await expect(page.locator('progress')).toHaveAttribute('value', String(PLAN_HELD));
    await expect(page.locator('progress')).toHaveAttribute('max', '695');
    await expect(page.getByRole('main')).toContainText(text[locale].held);
    await expect(page.getByRole('main')).toContainText(text[locale].sessions);
    for (const chart of ['district', 'format']) {
      const bars = await page
        .locator(`[data-chart="${chart}"] [data-row]`)
        .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-row'), Number(r.getAttribute('data-value'))]));
      const table = await page
        .locator(`table[data-table] tr[data-row]`)
        .evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-row'), Number(r.querySelector('td')?.textContent)]),
        );
      expect(bars.length).toBeGreaterThan(3);
      for (const bar of bars) expect(table).toContainEqual(bar);
      expect(bars.reduce((sum, [, held]) => sum + Number(held), 0)).toBe(PLAN_HELD);
    }
    // The chart is drawn on the server: no script, no other origin.
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
  });

  test(`${locale}: an event page says when, where and what, with its report, calendar and structured data`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/events/${LONG_EVENT}`);
    await expect(page.locator('dl')).toContainText(locale === 'kk' ? '2026 жылғы 14–15 наурыз' : '14–15 марта 2026 г.');
    await expect(page.locator('dl')).toContainText(locale === 'kk' ? 'Шиелі ауданы' : 'Шиелийский район');
    await expect(
      page.locator('dl').getByRole('link', { name: locale === 'kk' ? 'Қоғамдық талқылау' : 'Общественное обсуждение' }),
    ).toHaveAttribute('href', `/${locale}/events/format/public-discussion`);
    await expect(page.locator('figure.photo img')).toHaveAttribute('alt', /\S/);
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (t) => JSON.parse(t) as Record<string, unknown>,
    );
    expect(jsonLd.find((d) => d['@type'] === 'Event')).toMatchObject({
      startDate: '2026-03-14',
      endDate: '2026-03-15',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressRegion: expect.stringMatching(/Қызылорда облысы|Кызылординская область/),
          addressCountry: 'KZ',
        },
      },
      organizer: { '@type': 'Organization' },
    });
    const ics = await request.get(`/${locale}/events/${LONG_EVENT}/calendar.ics`);
    expect(ics.headers()['content-type']).toContain('text/calendar');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await ics.text())).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(await page.getByRole('heading', { level: 1 }).textContent());
  });
}

test('a cancelled event says so, to readers and to search engines', async ({ page }) => {
  await page.goto('/ru/events/2026-02-03-synaq-07');
  await expect(page.locator('dl')).toContainText('Отменено');
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
    (t) => JSON.parse(t) as Record<string, unknown>,
  );
  expect(jsonLd.find((d) => d['@type'] === 'Event')).toMatchObject({
    eventStatus: 'https://schema.org/EventCancelled',
  });
});

test('each territory has its calendar, holding its events only', async ({ request }) => {
  const response = await request.get('/kk/events/district/aral/calendar.ics');
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) expect(event.location).toContain('Арал ауданы');
});
