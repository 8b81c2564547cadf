import { expect, test } from '@playwright/test';
import { baseURL } from '../../playwright.config';

test('results are noindex, briefly cacheable by a CDN, and set no cookie', async ({ request }) => {
  const response = await request.get(`/kk/search?q=${encodeURIComponent('коалиция')}`);
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['x-robots-tag']).toBe('noindex');
  expect(headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  const html = await response.text();
  expect(html).toContain('<meta name="robots" content="noindex, follow"/>');
  expect(html).toContain(`<link rel="canonical" href="${baseURL}/kk/search"/>`);
});

test('the search page answers HEAD, refuses POST (405) and a page number that cannot exist (400)', async ({
  request,
}) => {
  expect((await request.head('/ru/search?q=x')).status()).toBe(200);
  expect((await request.post('/kk/search?q=x', { data: 'q=x' })).status()).toBe(405);
  const refused = await request.get('/ru/search?q=x&page=0');
  expect(refused.status()).toBe(400);
  expect(await refused.text()).toContain('Номер страницы должен быть числом от 1 до 100.');
});

test('the OpenSearch description points a browser at the search page', async ({ request }) => {
  for (const locale of ['kk', 'ru']) {
    const response = await request.get(`/${locale}/opensearch.xml`);
    expect(response.headers()['content-type']).toBe('application/opensearchdescription+xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toContain(
      `<Url type="text/html" method="get" template="${baseURL}/${locale}/search?q={searchTerms}"/>`,
    );
    expect(xml).toMatch(/<ShortName>.{1,16}<\/ShortName>/);
  }
});

test('the home pages describe the site with its search for search engines', async ({ request }) => {
  for (const locale of ['kk', 'ru']) {
    const html = await (await request.get(`/${locale}`)).text();
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
      (m) => JSON.parse(m[1] ?? '{}') as { '@type'?: string; potentialAction?: unknown },
    );
    expect(blocks.find((b) => b['@type'] === 'WebSite')?.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${baseURL}/${locale}/search?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
  }
});
