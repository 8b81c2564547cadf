import { expect, type Page, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';
import { FOUNDING, imageSize, locales, NO_PHOTO, PHOTO_ARTICLE, text } from './fixtures';
import { pageTypes as allPageTypes } from './page-types';
import { servedHead } from './served-head';

// The 404 page and the search results are not indexed: they have no metadata to check.
const { 'not found': _notFound, 'search results': _results, ...pageTypes } = allPageTypes;

const ogLocale = { kk: 'kk_KZ', ru: 'ru_RU' } as const;
const abs = (path: string) => `${baseURL}${path}`;

for (const locale of locales) {
  const other = locale === 'kk' ? 'ru' : 'kk';
  for (const [type, path] of Object.entries(pageTypes)) {
    // As a search engine reads it: the HTML as served, its head parsed (no browser: the crawler runs
    // no script either, and it is a tenth of the time).
    test(`${locale} ${type}: complete, absolute and reciprocal metadata in the head`, async ({ request }) => {
      const url = abs(`/${locale}${path}`);
      const page = await servedHead(request, url);
      expect(page.title).toMatch(/\S/);
      expect(page.meta('name', 'description')).toMatch(/^.{20,}$/);
      expect(page.link('link[rel="canonical"]')).toBe(url);
      expect(page.link('link[rel="alternate"][hreflang="kk"]')).toBe(abs(`/kk${path}`));
      expect(page.link('link[rel="alternate"][hreflang="ru"]')).toBe(abs(`/ru${path}`));
      expect(page.link('link[rel="alternate"][hreflang="x-default"]')).toBe(path ? abs(`/kk${path}`) : baseURL);
      expect(page.link('link[rel="alternate"][type="application/rss+xml"]')).toBe(abs(`/${locale}/feed.xml`));

      expect(page.meta('property', 'og:title')).toMatch(/\S/);
      expect(page.meta('property', 'og:description')).toMatch(/\S/);
      expect(page.meta('property', 'og:url')).toBe(url);
      expect(page.meta('property', 'og:type')).toBe(type === 'article' ? 'article' : 'website');
      expect(page.meta('property', 'og:locale')).toBe(ogLocale[locale]);
      expect(page.meta('property', 'og:locale:alternate')).toBe(ogLocale[other]);
      // An article with a lead photo is shared with a crop of it; other pages with a drawn card.
      const card = page.meta('property', 'og:image');
      expect(card).toMatch(
        type === 'article'
          ? new RegExp(`^${baseURL}/photos/[0-9a-f]{16}-share\\.jpg$`)
          : new RegExp(`^${baseURL}/${locale}(/[a-z0-9-]+)*/share\\.png$`),
      );
      expect(page.meta('property', 'og:image:alt')).toMatch(/\S/);
      expect(page.meta('name', 'twitter:card')).toBe('summary_large_image');
      expect(page.meta('name', 'twitter:title')).toMatch(/\S/);

      // The card exists, whatever its page.
      const image = await request.get(card!.replace(baseURL, ''));
      expect(image.status(), card).toBe(200);
      // Reciprocal: the translation names this page as its alternate, under a title of its own.
      const translation = await servedHead(request, abs(`/${other}${path}`));
      expect(translation.link(`link[rel="alternate"][hreflang="${locale}"]`)).toBe(url);
      expect(translation.title).not.toBe(page.title);

      if (type !== 'home') {
        const crumbs = page.jsonLd.find((d) => d['@type'] === 'BreadcrumbList') as
          { itemListElement: { item: string }[] } | undefined;
        expect(crumbs?.itemListElement.at(0)?.item).toBe(abs(`/${locale}`));
        expect(crumbs?.itemListElement.at(-1)?.item).toBe(url);
      }
    });
  }

  test(`${locale}: titles are unique across page types`, async ({ request }) => {
    const titles = new Set<string>();
    for (const path of Object.values(pageTypes))
      titles.add((await servedHead(request, abs(`/${locale}${path}`))).title);
    expect(titles.size).toBe(Object.keys(pageTypes).length);
  });

  test(`${locale}: article JSON-LD is a complete NewsArticle`, async ({ request }) => {
    const page = await servedHead(request, abs(`/${locale}/news/${FOUNDING}`));
    const article = page.jsonLd.find((d) => d['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: expect.stringMatching(/\S/),
      description: expect.stringMatching(/\S/),
      datePublished: '2026-02-13T00:00:00+05:00',
      dateModified: '2026-02-13T00:00:00+05:00',
      inLanguage: locale === 'kk' ? 'kk-KZ' : 'ru-RU',
      // Reproduced from the original article: credited as it states its origin, the coalition only
      // its publisher here, and the photo's author named.
      creditText: expect.stringMatching(/\S/),
      publisher: { '@type': 'Organization', '@id': abs('/#organization') },
      image: [
        {
          '@type': 'ImageObject',
          url: expect.stringMatching(/\/photos\/[0-9a-f]{16}-share\.jpg$/),
          width: '1200',
          height: '630',
          creditText:
            locale === 'kk'
              ? 'Сурет: Қызылорда облысы әкімінің баспасөз қызметі'
              : 'Фото: пресс-служба акима Кызылординской области',
        },
      ],
      mainEntityOfPage: { '@type': 'WebPage', '@id': abs(`/${locale}/news/${FOUNDING}`) },
    });
    expect(article?.author).toBeUndefined();
    expect(page.text('[data-origin]')).toContain(article!.creditText as string);
    // The press office's own article: the coalition is its author.
    const ownPage = await servedHead(request, abs(`/${locale}/news/${NO_PHOTO}`));
    const own = ownPage.jsonLd.find((d) => d['@type'] === 'NewsArticle');
    expect(own).toMatchObject({ author: { '@type': 'Organization', '@id': abs('/#organization') } });
    expect(own?.creditText).toBeUndefined();
    expect(ownPage.text('[data-origin]')).toBeUndefined();
    // The Kazakh original names its translation; the translation names its original, not the other way.
    const other = { '@type': 'NewsArticle', '@id': abs(`/${locale === 'kk' ? 'ru' : 'kk'}/news/${FOUNDING}`) };
    if (locale === 'kk') {
      expect(article?.workTranslation).toEqual([{ ...other, inLanguage: 'ru-RU' }]);
      expect(article?.translationOfWork).toBeUndefined();
    } else {
      expect(article?.translationOfWork).toEqual({ ...other, inLanguage: 'kk-KZ' });
      expect(article?.workTranslation).toBeUndefined();
    }
  });

  test(`${locale}: Organization, Person and Event JSON-LD`, async ({ request }) => {
    const jsonLd = async (path: string) => (await servedHead(request, abs(`/${locale}${path}`))).jsonLd;
    expect((await jsonLd('/coalition')).find((d) => d['@type'] === 'Organization')).toMatchObject({
      '@id': abs('/#organization'),
      foundingDate: '2026-02-13',
      url: abs('/'),
    });
    expect((await jsonLd('/people/zhandos-bazartai')).find((d) => d['@type'] === 'Person')).toMatchObject({
      name: 'Жандос Базартай',
      affiliation: { '@type': 'Organization' },
      memberOf: { '@type': 'OrganizationRole' },
    });
    expect((await jsonLd('/events/2026-02-13-founding-session')).find((d) => d['@type'] === 'Event')).toMatchObject({
      startDate: '2026-02-13',
      location: { '@type': 'Place' },
      organizer: { '@id': abs('/#organization') },
    });
  });

  test(`${locale}: the drawn share image is a 1200×630 PNG`, async ({ request }) => {
    for (const path of [`/news/${NO_PHOTO}`, '', '/people/murat-tleumbetov', pageTypes.event]) {
      const src = (await servedHead(request, abs(`/${locale}${path}`))).meta('property', 'og:image');
      const response = await request.get(src!);
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-type'], path).toBe('image/png');
      const png = await response.body();
      // The IHDR chunk holds the width and height.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  test(`${locale}: each share image is described by what it shows, titles stay within 70 characters`, async ({
    request,
  }) => {
    const alts = new Map<string, string>();
    for (const path of ['', '/news', '/people/zhandos-bazartai', '/parties/amanat']) {
      const page = await servedHead(request, abs(`/${locale}${path}`));
      const alt = page.meta('property', 'og:image:alt')!;
      expect(alt, path).toMatch(/^«.+»/);
      alts.set(path, alt);
      if (path !== '') expect([...page.title].length, path).toBeLessThanOrEqual(70);
    }
    expect(new Set(alts.values()).size).toBe(4);
    expect(alts.get('/people/zhandos-bazartai')).toMatch(/Жандос Базартай/);
  });

  test(`${locale}: an event is shared with a card of its own, described by its title`, async ({ request }) => {
    const page = await servedHead(request, abs(`/${locale}${pageTypes.event}`));
    const title = page.text('h1')!;
    expect(page.meta('property', 'og:image')).toBe(abs(`/${locale}${pageTypes.event}/share.png`));
    expect(page.meta('property', 'og:image:alt')).toContain(`«${title}»`);
    const event = page.jsonLd.find((d) => d['@type'] === 'Event');
    expect(event?.image).toEqual([abs(`/${locale}${pageTypes.event}/share.png`)]);
  });

  test(`${locale}: an article with a lead photo is shared with a 1200×630 crop of it`, async ({ request }) => {
    const page = await servedHead(request, abs(`/${locale}/news/${PHOTO_ARTICLE}`));
    const src = page.meta('property', 'og:image');
    expect(page.meta('property', 'og:image:width')).toBe('1200');
    expect(page.meta('property', 'og:image:alt')).toBe(text[locale].photoLeadAlt);
    const response = await request.get(src!);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect(await imageSize(await response.body())).toEqual({ width: 1200, height: 630, exif: false });
  });
}

async function parseXml(page: Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return { error: doc.getElementsByTagName('parsererror').length > 0, root: doc.documentElement.nodeName };
  }, xml);
}

test('the sitemap parses and lists every page of both languages with alternates', async ({ page, request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  await page.goto('/kk');
  expect(await parseXml(page, xml)).toEqual({ error: false, root: 'urlset' });
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const locale of locales) {
    for (const path of Object.values(pageTypes)) expect(locs).toContain(abs(`/${locale}${path}`));
  }
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${abs(`/ru/news/${FOUNDING}`)}" />`);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${abs('/sitemap.xml')}`);
  // Only Disallow lines: first-match and longest-match parsers read them alike.
  expect(robots.match(/^(Allow|Disallow): .*$/gm)).toEqual([
    'Disallow: /kk/search',
    'Disallow: /kk/page-not-found',
    'Disallow: /kk/inbox',
    'Disallow: /ru/search',
    'Disallow: /ru/page-not-found',
    'Disallow: /ru/inbox',
  ]);
});

test('each language has an RSS feed that lists every article and every published answer', async ({ page, request }) => {
  await page.goto('/kk');
  for (const locale of locales) {
    const response = await request.get(`/${locale}/feed.xml`);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const xml = await response.text();
    expect(await parseXml(page, xml)).toEqual({ error: false, root: 'rss' });
    expect(xml).toContain(`<link>${abs(`/${locale}/news/${FOUNDING}`)}</link>`);
    expect(xml).toContain(`<link>${abs(`/${locale}/questions/2026-03-25-k7qmxdpt`)}</link>`);
    expect(xml).toContain(`<language>${locale}</language>`);
  }
});
