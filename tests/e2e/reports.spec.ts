import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import { fixtureSite } from '../fixture-site';

// A report's pages and data on the fixture content (tests/fixtures/site/content/reports): the page, the
// CSV and the JSON say what the file says, and the pages it is about link to it.

const ID = '2026-03-31-synaq-esep';
const file = parse(readFileSync(`${fixtureSite.contentDir}/reports/${ID}.yaml`, 'utf8')) as {
  title: Record<'kk' | 'ru', string>;
  figures: {
    received: number;
    kinds: { kind: string; count?: number }[];
    districts: { district: string; count?: number }[];
  };
  items: { proposal: Record<'kk' | 'ru', string>; messages: number; event?: string; topic?: string }[];
};

for (const [locale, m] of [
  ['kk', kk],
  ['ru', ru],
] as const) {
  test(`${locale}: the reports list and a report: its proposals, its figures as tables, bars and the schema`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/reports`);
    await page.getByRole('link', { name: file.title[locale] }).click();
    await expect(page).toHaveURL(`/${locale}/reports/${ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(file.title[locale]);
    const rows = page.locator('#proposals ~ table tbody tr, section[aria-labelledby="proposals"] tbody tr');
    await expect(rows).toHaveCount(file.items.length);
    // Text, never markup.
    await expect(rows.nth(1)).toContainText(file.items[1]!.proposal[locale]);
    await expect(rows.first().locator('td').nth(1)).toHaveText(String(file.items[0]!.messages));
    await expect(page.locator('main')).toContainText(
      m.Reports.received.replace('{count}', String(file.figures.received)),
    );
    // Each kind's count, or a dash for a group not shown; a bar for each shown.
    const kinds = page.locator('table').filter({ has: page.getByText(m.Reports.byKind) });
    for (const { count } of file.figures.kinds)
      await expect(
        kinds
          .locator('tbody td.tabular-nums')
          .getByText(count === undefined ? '—' : String(count), { exact: true })
          .first(),
      ).toBeVisible();
    await expect(kinds.locator('tbody rect')).toHaveCount(
      file.figures.kinds.filter((k) => k.count !== undefined).length,
    );
    // The schema: every territory along the river, as the content orders them.
    const map = page.getByRole('img', { name: m.Reports.mapTitle });
    await expect(map.locator('circle')).toHaveCount(8);
    await expect(map.locator('text').first()).toHaveText(locale === 'kk' ? 'Арал ауданы' : 'Аральский район');
  });
}

test('the open data say what the report says', async ({ request }) => {
  const json = (await (await request.get('/data/reports.json')).json()) as {
    id: string;
    figures: typeof file.figures;
  }[];
  const report = json.find((r) => r.id === ID)!;
  expect(report.figures).toEqual(file.figures);
  const csv = await (await request.get('/data/reports.csv')).text();
  expect(csv).toContain(`${ID},2026-03-01,2026-03-31,2026-03-31,received,,,,${file.figures.received}`);
  for (const { kind, count } of file.figures.kinds)
    expect(csv).toMatch(new RegExp(`${ID},[^\\n]*,kind,${kind},[^\\n]*,${count ?? ''}\\r?\\n`));
});

test('the event and the topic a proposal is about link to the report', async ({ page }) => {
  const item = file.items[0]!;
  await page.goto(`/ru/events/${item.event}`);
  await expect(
    page.locator('section[aria-labelledby="reports"]').getByRole('link', { name: file.title.ru }),
  ).toBeVisible();
  await page.goto(`/ru/topics/${item.topic}`);
  await expect(page.getByRole('link', { name: file.title.ru })).toBeVisible();
});

test('a report is shared with a card of its own and is in each language’s RSS feed', async ({ page, request }) => {
  for (const locale of ['kk', 'ru'] as const) {
    await page.goto(`/${locale}/reports/${ID}`);
    const card = page.locator('meta[property="og:image"]');
    await expect(card).toHaveAttribute('content', new RegExp(`/${locale}/reports/${ID}/share\\.png$`));
    const response = await request.get((await card.getAttribute('content'))!);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = await response.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const feed = await (await request.get(`/${locale}/feed.xml`)).text();
    expect(feed).toContain(`<title><![CDATA[${file.title[locale]}]]></title>`);
    expect(feed).toMatch(new RegExp(`<link>[^<]*/${locale}/reports/${ID}</link>`));
  }
  await page.goto(`/ru/reports`);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/ru\/reports\/share\.png$/);
});
