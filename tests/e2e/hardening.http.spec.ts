import { type APIResponse, expect, test } from '@playwright/test';
import { fonts, FOUNDING } from './fixtures';

function expectSecurityHeaders(response: APIResponse, what: string) {
  const h = response.headers();
  const csp = h['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ]) {
    expect(csp, `${what}: ${directive}`).toContain(directive);
  }
  expect(csp, what).not.toContain('unsafe-eval');
  expect(csp, what).not.toContain('unsafe-inline');
  expect(csp, what).not.toMatch(/https?:\/\//);
  expect(h['strict-transport-security'], what).toMatch(/max-age=\d{7,}/);
  expect(h['x-content-type-options'], what).toBe('nosniff');
  expect(h['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(h['permissions-policy'], what).toContain('camera=()');
  expect(h['x-powered-by'], what).toBeUndefined();
  expect(h['set-cookie'], what).toBeUndefined();
}

test('every kind of response carries the security headers and no cookie', async ({ request }) => {
  for (const path of [
    '/kk',
    `/ru/news/${FOUNDING}`,
    '/kk/no-such-page',
    '/kk/feed.xml',
    '/sitemap.xml',
    '/data/figures.json',
    fonts.latin,
    '/kk/events.ics',
  ]) {
    expectSecurityHeaders(await request.get(path), path);
  }
  expectSecurityHeaders(await request.post('/kk/news'), 'POST /kk/news');
});

test('fonts and photos are named by their bytes and cached for good', async ({ request }) => {
  for (const file of Object.values(fonts)) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe('public, max-age=31536000, immutable');
  }
});

test('pages can be cached by a CDN', async ({ request }) => {
  for (const path of ['/kk', '/ru/coalition', `/kk/news/${FOUNDING}`]) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
});

// Paths an attacker or a broken link sends. Each is answered 400 or 404 with a localized page,
// never 500, never a stack trace, never the input echoed back.
const hostile: [string, 400 | 404][] = [
  ['/kk/news/%E0%A4%A', 400],
  ['/ru/news/%', 400],
  ['/%C0%AF', 400],
  ['/%E0%A4%A', 400],
  ['/kk/news/..%2F..%2Fetc%2Fpasswd', 400],
  // Encoded dot segments are resolved by the URL parser before sending: they arrive as /etc/….
  ['/kk/%2e%2e/%2e%2e/etc/passwd', 404],
  ['/%2e%2e/%2e%2e/%2e%2e/etc/shadow', 404],
  ['/kk/news/%00', 400],
  ['/kk/news/a%5C..%5Cb', 400],
  ['/ru/news/%0d%0aSet-Cookie:%20x=1', 400],
  [`/kk/news/${'a'.repeat(5000)}`, 404],
  [`/${'a'.repeat(5000)}`, 400],
  ['/etc/passwd', 404],
  ['/.env', 404],
  ['/.git/config', 404],
  ['/wp-admin', 404],
  ['/kk/news/%2e%2e%5c%2e%2e%5cwindows', 400],
  ['/en', 404],
  ['/en/news', 404],
  ['/KK', 404],
  ['/kk/news/page/0', 404],
  ['/kk/news/page/abc', 404],
  ['/kk/news/page/99999', 404],
  ['/kk/news/%252e%252e', 404],
  ['/kk/%3Cscript%3Ealert(1)%3C%2Fscript%3E', 404],
  ['/ru/news/%F0%9F%98%80', 404],
  ['/kk/news/qyzylordada-koalitsiya-quryldy.php', 404],
  ['/kk/people/zhandos-bazartai/opengraph-image/card/extra', 404],
];

for (const [path, status] of hostile) {
  test(`hostile ${path.slice(0, 60)} → ${status}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(status);
    const body = await response.text();
    expect(body).toMatch(/<html lang="(kk|ru)"/);
    expect(body).not.toMatch(/\bat .+\.(js|ts):\d+|Error: |ENOENT|node_modules/);
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('etc/passwd');
    expect(body).not.toContain('Set-Cookie');
    expect(response.headers()['set-cookie']).toBeUndefined();
  });
}

test('a query string is never reflected into the page', async ({ request }) => {
  const response = await request.get('/kk/news?page=%3Cscript%3Ealert(1)%3C/script%3E&q=%22onmouseover%3D');
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).not.toContain('<script>alert');
  expect(body).not.toContain('onmouseover=');
});

test('HEAD answers like GET', async ({ request }) => {
  expect((await request.head('/kk/news')).status()).toBe(200);
  expect((await request.head('/kk/no-such-page')).status()).toBe(404);
  expect((await request.head('/about-us')).status()).toBe(404);
});

test('a request with a body, a server action call, or another method outside the pages is a localized 405', async ({
  request,
}) => {
  const refused: [string, string, Parameters<typeof request.fetch>[1]][] = [
    ['/ru/news', 'ru', { method: 'POST', data: 'a=1' }],
    ['/kk/no-such-page', 'kk', { method: 'PUT', data: 'a=1' }],
    ['/ru/news', 'ru', { method: 'PATCH', data: 'a=1' }],
    [
      '/kk/news',
      'kk',
      { method: 'POST', headers: { 'Next-Action': '7f00000000000000000000000000000000000000' }, data: '[]' },
    ],
    ['/kk/news', 'kk', { method: 'GET', headers: { 'Next-Action': '7f00000000000000000000000000000000000000' } }],
    ['/about-us', 'ru', { method: 'OPTIONS', headers: { 'Accept-Language': 'ru' } }],
    ['/about-us', 'kk', { method: 'DELETE' }],
  ];
  for (const [path, lang, options] of refused) {
    const what = `${options?.method} ${path}`;
    const response = await request.fetch(path, options);
    expect(response.status(), what).toBe(405);
    expect(response.headers()['allow'], what).toBe('GET, HEAD');
    expect(await response.text(), what).toContain(`<html lang="${lang}">`);
  }
});

// Next's own answers on the pages, where the proxy does not run (its matcher cannot tell a method
// without a body from a GET): nothing changes and nothing fails.
test('on a page, OPTIONS is an empty 400 and DELETE reads like GET', async ({ request }) => {
  const options = await request.fetch('/kk/news', { method: 'OPTIONS' });
  expect(options.status()).toBe(400);
  expect(await options.text()).toBe('');
  const deleted = await request.delete('/ru/news');
  expect(deleted.status()).toBe(200);
  expect(await deleted.text()).toContain('<html lang="ru">');
  expect((await request.get('/ru/news')).status()).toBe(200);
});
