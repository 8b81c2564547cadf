import { expect, test } from '@playwright/test';
import { EVENT_COUNT, FOUNDING, locales } from './fixtures';

const figures = {
  kk: ['349', '200+', '695', '300+', '5'],
  ru: ['349', '200+', '695', '300+', '5'],
};
const people = {
  kk: [
    'Жандос Базартай',
    'Мұрат Тлеумбетов',
    'Бауыржан Сандыбаев',
    'Динара Ибадуллаева',
    'Дәурен Сейтжанов',
    'Талғат Телеубаев',
  ],
  ru: [
    'Жандос Базартай',
    'Мурат Тлеумбетов',
    'Бауыржан Сандыбаев',
    'Динара Ибадуллаева',
    'Даурен Сейтжанов',
    'Талгат Телеубаев',
  ],
};
const parties = {
  kk: [
    'Amanat партиясы',
    '«Ақ жол» Қазақстан Демократиялық партиясы',
    '«Ауыл» партиясы',
    'Respublica партиясы',
    '«Қазақстан Халық партиясы»',
  ],
  ru: [
    'Партия «AMANAT»',
    'Демократическая партия Казахстана «Ак жол»',
    'Партия «Ауыл»',
    'Партия «Respublica»',
    '«Народная партия Казахстана»',
  ],
};

for (const locale of locales) {
  test.describe(`${locale}`, () => {
    test('the coalition page shows every figure with a link to the paragraph that states it', async ({ page }) => {
      await page.goto(`/${locale}/coalition`);
      const cards = page.locator('[id^="figure-"]');
      await expect(cards).toHaveCount(5);
      for (const [i, value] of figures[locale].entries()) {
        await expect(cards.nth(i).locator('p').first()).toContainText(value);
      }
      // Each source link lands on its paragraph, which states the number.
      for (const i of [0, 3, 4]) {
        await page.goto(`/${locale}/coalition`);
        const link = cards.nth(i).locator('a[data-source-link]');
        const href = await link.getAttribute('href');
        expect(href).toMatch(new RegExp(`^/${locale}/news/${FOUNDING}#p-[78]$`));
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/news/${FOUNDING}#p-[78]$`));
        const anchor = href!.split('#')[1]!;
        const paragraph = page.locator(`#${anchor}`);
        await expect(paragraph).toBeInViewport();
        const value = figures[locale][i]!.replace('+', '');
        await expect(paragraph).toContainText(value === '5' ? (locale === 'kk' ? 'бес' : 'пятью') : value);
      }
    });

    test('the coalition is named in Kazakh beside the translation', async ({ page }) => {
      await page.goto(`/${locale}/coalition`);
      await expect(page.getByRole('main')).toContainText(
        'Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін!',
      );
      await expect(page.getByRole('main').locator('dd time')).toHaveAttribute('datetime', '2026-02-13');
    });

    test('all six people and five parties are listed', async ({ page }) => {
      await page.goto(`/${locale}/people`);
      const names = page.getByRole('main').getByRole('heading', { level: 2 });
      await expect(names).toHaveText(people[locale]);
      await page.goto(`/${locale}/parties`);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(parties[locale]);
    });

    test('a person page lists the articles that mention them, and links their party', async ({ page }) => {
      await page.goto(`/${locale}/people/dauren-seitzhanov`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(people[locale][4]!);
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(1);
      await page.getByRole('main').getByRole('link', { name: parties[locale][3]! }).click();
      await expect(page).toHaveURL(`/${locale}/parties/respublica`);
      await expect(page.getByRole('main').getByRole('heading', { level: 3 })).toContainText([people[locale][4]!]);
    });
  });
}

test('open data lists the figures, people, parties and events, and the events as CSV', async ({ request }) => {
  const get = async (name: string) => (await (await request.get(`/data/${name}.json`)).json()) as { id: string }[];
  expect((await get('figures')).map((f) => f.id)).toHaveLength(5);
  expect(await get('people')).toHaveLength(6);
  expect(await get('parties')).toHaveLength(5);
  const events = await get('events');
  expect(events).toHaveLength(EVENT_COUNT);
  expect(events.find((e) => e.id === '2026-02-13-founding-session')).toMatchObject({
    start: '2026-02-13',
    end: null,
    allDay: true,
    venue: { kk: 'Қызылорда', ru: 'Кызылорда' },
    district: { id: 'kyzylorda-city', name: { kk: 'Қызылорда қаласы', ru: 'город Кызылорда' } },
    status: 'held',
    article: 'qyzylordada-koalitsiya-quryldy',
  });
  const csv = await request.get('/data/events.csv');
  expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
  const lines = (await csv.text())
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe(
    'id,start,end,all_day,status,format,district,district_kk,district_ru,title_kk,title_ru,venue_kk,venue_ru,article,url_kk,url_ru',
  );
  expect(lines).toHaveLength(EVENT_COUNT + 1);
  expect(lines).toContainEqual(
    expect.stringMatching(/^2026-02-13-founding-session,2026-02-13,,true,held,coalition-session,kyzylorda-city,/),
  );
});

for (const locale of locales) {
  test(`${locale}: the tasks are quoted from the Kyzylorda session, one speaker's words credited to him`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/coalition`);
    const purpose = page.locator('section[aria-labelledby="purpose"]');
    await expect(purpose.locator('blockquote').first()).toBeVisible();
    await expect(purpose.locator('[data-said-by="zhandos-bazartai"] a')).toHaveText('Жандос Базартай');
    // Nothing about the national coalition is given as this one's purpose.
    await expect(purpose).not.toContainText(locale === 'kk' ? 'Жалпыұлттық' : 'Общенациональная');
  });
}
