import { createHash } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { expect, test } from '@playwright/test';
import { nginxURL } from '../../playwright.config';
import { fonts, FOUNDING, PHOTO_ARTICLE, staticFile } from './fixtures';
import { rawRequest, request as rawLines } from './raw-http';

// The production stack (deploy/nginx, npm start) in front of the same build.

const { port } = new URL(nginxURL);
const PAGE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=604800';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A request exactly as written, for what a browser would never send (a raw request line, two Hosts). */
function raw(lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    // Written without closing our side: nginx drops a request whose client has gone.
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    let data = '';
    socket.on('data', (chunk) => (data += chunk));
    socket.on('end', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

/** A GET with a Host of our choosing (fetch and Playwright set their own). */
function withHost(path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

test('cache lifetimes by kind: pages, feeds, data and 404 pages briefly; files named by their bytes for good', async ({
  request,
  page,
}) => {
  for (const path of [
    '/kk',
    `/ru/news/${FOUNDING}`,
    '/kk/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/kk/events.ics',
    '/data/events.json',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe(PAGE);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
  const missing = await request.get('/kk/no-such-page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['cache-control']).toBe(PAGE);
  expect(await missing.text()).toContain('Бет табылмады');

  expect((await request.get('/kk/search?q=x')).headers()['cache-control']).toBe(
    'public, max-age=0, s-maxage=300, stale-while-revalidate=60',
  );

  await page.goto(`/kk/news/${PHOTO_ARTICLE}`);
  const photo = await page.locator('main img').first().getAttribute('src');
  for (const file of [staticFile, photo!, fonts.latin]) {
    const response = await request.get(file);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['cache-control'], file).toBe(IMMUTABLE);
  }
  const icon = await request.get('/favicon.ico');
  expect(icon.headers()['content-type']).toBe('image/x-icon');
  expect(icon.headers()['cache-control']).toBe('public, max-age=86400, stale-while-revalidate=604800');
});

test('security headers on every response, pages and files alike, once each', async ({ request }) => {
  for (const path of ['/kk', fonts.latin, '/favicon.ico', '/kk/no-such-page']) {
    const response = await request.get(path);
    const headers = response.headersArray();
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options']) {
      expect(
        headers.filter((h) => h.name.toLowerCase() === name.toLowerCase()),
        `${path} ${name}`,
      ).toHaveLength(1);
    }
    expect(response.headers()['server']).toBe('nginx');
    expect(response.headers()['x-powered-by']).toBeUndefined();
    expect(response.headers()['x-nextjs-cache']).toBeUndefined();
  }
});

test('the editor behind nginx: its own policy once, without the local backend, never indexed', async ({ request }) => {
  for (const path of ['/admin', '/admin/editor.js', '/admin/config.json', '/admin/words.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const policies = response.headersArray().filter((h) => h.name.toLowerCase() === 'content-security-policy');
    expect(policies, path).toHaveLength(1);
    expect(policies[0]!.value, path).toContain("frame-ancestors 'none'");
    expect(policies[0]!.value, path).not.toContain('localhost');
    expect(response.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
  }
});

test('a page seen once is served from nginx’s cache, with the policy that allows its styles', async ({ request }) => {
  await request.get('/ru/coalition');
  const cached = await request.get('/ru/coalition');
  expect(cached.headers()['x-cache-status']).toBe('HIT');
  const style = /<style>([\s\S]*?)<\/style>/.exec(await cached.text())![1]!;
  const hash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
  expect(cached.headers()['content-security-policy']).toContain(hash);
});

test('only GET and HEAD: 405 with Allow, OPTIONS 204 with Allow, TRACE 405', async ({ request }) => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'TRACE']) {
    const response = await request.fetch('/kk/news', { method });
    expect(response.status(), method).toBe(405);
    expect(response.headers()['allow'], method).toBe('GET, HEAD');
    if (method !== 'TRACE') expect(await response.text(), method).toContain('Бұл сайттың беттерін тек оқуға болады');
  }
  const options = await request.fetch('/kk/news', { method: 'OPTIONS' });
  expect(options.status()).toBe(204);
  expect(options.headers()['allow']).toBe('GET, HEAD');
  expect((await request.head('/kk/news')).status()).toBe(200);
});

test('a bad Range is a 416 or the whole file, never a 500', async ({ request }) => {
  for (const path of ['/kk', staticFile]) {
    for (const range of ['bytes=999999-', 'bytes=5-1', 'bytes=abc']) {
      const response = await request.get(path, { headers: { range } });
      expect([200, 416], `${path} ${range}`).toContain(response.status());
    }
    // A range of the file as it is (a compressed response is sent whole).
    const ranged = await request.get(path, { headers: { range: 'bytes=0-9', 'accept-encoding': 'identity' } });
    expect(ranged.status(), path).toBe(206);
  }
});

test('a Range past the end of any file is read as "to the end": the whole file, never a 416', async ({ request }) => {
  for (const path of [staticFile, fonts.latin, '/favicon.ico']) {
    const response = await request.get(path, { headers: { range: 'bytes=0-99999999999999999999' } });
    expect([200, 206], path).toContain(response.status());
    // Many ranges at once: one is served, or the file.
    const many = Array.from({ length: 1300 }, (_, i) => `${i}-${i}`).join(',');
    const answer = await request.get(path, { headers: { range: `bytes=${many}`, 'accept-encoding': 'identity' } });
    expect(answer.headers()['content-type'], path).not.toContain('multipart/byteranges');
  }
});

test('share cards are drawn once per address: a query string neither misses the cache nor reaches a worker', async ({
  request,
}) => {
  const card = `/ru/news/${FOUNDING}/share.png`;
  const first = await request.get(`${card}?a=1`);
  expect(first.status()).toBe(200);
  expect(first.headers()['content-type']).toBe('image/png');
  for (const query of ['?a=1', '?b=2', '']) {
    const again = await request.get(`${card}${query}`);
    expect(again.headers()['x-cache-status'], query).toBe('HIT');
  }
});

test('a 404 outside the languages, chosen by Accept-Language, is never kept and says it varies', async ({
  request,
}) => {
  const kk = await request.get('/no-such-place', { headers: { 'accept-language': 'kk' } });
  const ru = await request.get('/no-such-place', { headers: { 'accept-language': 'ru' } });
  expect(kk.status()).toBe(404);
  expect(await kk.text()).toContain('Бет табылмады');
  expect(await ru.text()).toContain('Страница не найдена');
  expect(ru.headers()['vary']).toContain('Accept-Language');
  expect(ru.headers()['x-cache-status']).not.toBe('HIT');
});

test("every error nginx itself answers is the bilingual page with the site's headers", async () => {
  for (const [lines, status] of [
    [['GET /kk HTTP/9.9', 'Host: localhost', 'Connection: close'], 505],
    [['FOO /kk HTTP/1.1', 'Host: localhost', 'Connection: close'], 405],
    [['GET /kk HTTP/1.1', 'Host: localhost', `X-Long: ${'a'.repeat(20_000)}`, 'Connection: close'], 400],
  ] as const) {
    const answer = await rawRequest(Number(port), rawLines(lines[0], lines.slice(1)));
    expect(answer?.status, lines[0]).toBe(status);
    expect(answer?.head, lines[0]).toMatch(/^content-security-policy:/im);
    expect(answer?.body, lines[0]).toMatch(/<html lang="kk">[\s\S]*Сұрау орындалмады/);
  }
});

test('a foreign host, in the Host header or the request line, and a doubled Host are refused', async () => {
  expect(await withHost('/kk', 'other.example')).toBe(421);
  expect(await raw(['GET http://other.example/kk HTTP/1.1', 'Host: localhost', 'Connection: close'])).toBe(
    'HTTP/1.1 421 Misdirected Request',
  );
  expect(await raw(['GET /kk HTTP/1.1', 'Host: localhost', 'Host: other.example', 'Connection: close'])).toBe(
    'HTTP/1.1 400 Bad Request',
  );
  // Next's client-router headers never reach a worker: the cached page stays a page.
  expect(await raw(['GET /ru HTTP/1.1', 'Host: localhost', 'RSC: 1', 'Connection: close'])).toBe('HTTP/1.1 200 OK');
});

test('malformed addresses and oversize requests get a 4xx', async ({ request }) => {
  const malformed = await request.get('/kk/news/%E0%A4%A');
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toContain('Беттің мекенжайы қате жазылған.');
  expect((await request.get(`/kk/search?q=${'a'.repeat(20_000)}`)).status()).toBe(414);
});

test('the root picks the language from Accept-Language, and is not cached', async ({ request }) => {
  for (const [language, target] of [
    ['ru-RU,ru;q=0.9', '/ru'],
    ['kk', '/kk'],
    ['en', '/kk'],
  ] as const) {
    const response = await request.get('/', { headers: { 'accept-language': language }, maxRedirects: 0 });
    expect(response.status(), language).toBe(307);
    expect(response.headers()['location'], language).toMatch(new RegExp(`${target}$`));
    expect(response.headers()['x-cache-status'], language).toBeUndefined();
  }
});

test('compressed with brotli where the browser takes it, from the precompressed file for static ones', async ({
  request,
}) => {
  for (const path of ['/kk', staticFile]) {
    const br = await request.get(path, { headers: { 'accept-encoding': 'br' } });
    expect(br.headers()['content-encoding'], path).toBe('br');
    const gzip = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers()['content-encoding'], path).toBe('gzip');
  }
});

test('residents’ messages: the form stamped with the time it left, the POST taken at one address, a flood refused with 429', async ({
  request,
}) => {
  // The form carries a stamp of its own, signed by the worker (lib/feedback/stamp.ts), so it is never kept.
  const stamps = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/ru/feedback');
    expect(response.headers()['cache-control']).toBe('private, no-cache');
    expect(response.headers()['x-cache-status']).toBeUndefined();
    stamps.add(/name="started" value="(\d{13}\.[\w-]{16}\.[\w-]{22})"/.exec(await response.text())![1]!);
  }
  expect(stamps.size).toBe(2);
  // A POST elsewhere is refused by nginx (the test above); here it reaches the worker, never its cache.
  const sent = await request.post('/ru/feedback/send', {
    form: { intent: 'send', kind: 'opinion', topic: 'other', district: 'aral', text: 'Через nginx', started: '1' },
    maxRedirects: 0,
  });
  // Thanked with its number in the answer itself, never kept.
  expect(sent.status()).toBe(200);
  expect(await sent.text()).toMatch(/<strong>[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}<\/strong>/);
  expect(sent.headers()['cache-control']).toBe('no-store');
  expect(sent.headers()['x-cache-status']).toBeUndefined();
  // A flood from one address: nginx answers 429, in the address's language, and says when to retry.
  const statuses: number[] = [];
  let refused: Awaited<ReturnType<typeof request.post>> | undefined;
  for (let i = 0; i < 30 && !refused; i++) {
    const response = await request.post('/ru/feedback/send', { form: { intent: 'send', text: '' }, maxRedirects: 0 });
    statuses.push(response.status());
    if (response.status() === 429) refused = response;
  }
  expect(statuses.filter((s) => s !== 422 && s !== 429)).toEqual([]);
  // nginx says 60; a worker whose own limit (the same numbers) came first says its own wait.
  expect(Number(refused?.headers()['retry-after'])).toBeGreaterThan(0);
  expect(Number(refused?.headers()['retry-after'])).toBeLessThanOrEqual(60);
  expect(await refused?.text()).toMatch(/<html lang="ru">/);
});

test('lookups by reference: wrong numbers answered 4xx, never kept, and a burst from one address refused with 429', async ({
  request,
}) => {
  const statuses: number[] = [];
  let refused: Awaited<ReturnType<typeof request.post>> | undefined;
  for (let i = 0; i < 40 && !refused; i++) {
    const reference = ['', '12-34', 'ZZZZ-ZZZZ-ZZZZ', `<script>${i}</script>`, 'Ж'.repeat(500)][i % 5]!;
    const response = await request.post('/kk/feedback/look', { form: { reference }, maxRedirects: 0 });
    statuses.push(response.status());
    // The workers' answers (nginx's own refusals are its bilingual page).
    if (response.status() === 404 || response.status() === 422) {
      expect(response.headers()['cache-control']).toBe('no-store');
      // What was typed is back in the field, quoted, never as markup.
      expect(await response.text()).not.toMatch(/[^"]<script>\d/);
    }
    if (response.status() === 429) refused = response;
  }
  expect(statuses.filter((s) => s < 400 || s >= 500)).toEqual([]);
  // nginx says 60; a worker whose own limit (the same numbers) came first says its own wait.
  expect(Number(refused?.headers()['retry-after'])).toBeGreaterThan(0);
  expect(Number(refused?.headers()['retry-after'])).toBeLessThanOrEqual(60);
});
