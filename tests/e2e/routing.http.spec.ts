import { expect, test } from '@playwright/test';
import { FOUNDING, text } from './fixtures';

test.describe('the root negotiates the language', () => {
  for (const [acceptLanguage, target] of [
    ['ru-RU,ru;q=0.9,en;q=0.8', '/ru'],
    ['kk-KZ,kk;q=0.9,ru;q=0.8', '/kk'],
    ['en-US,en;q=0.9', '/kk'],
    ['', '/kk'],
  ] as const) {
    test(`Accept-Language "${acceptLanguage}" → ${target}`, async ({ request }) => {
      const response = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(target);
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }
});

test('pages are static, cacheable and set no cookie', async ({ request }) => {
  for (const path of ['/kk', '/ru/news', `/kk/news/${FOUNDING}`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
    expect(response.headers()['cache-control'], path).toMatch(/s-maxage=\d+/);
    expect(response.headers()['x-powered-by'], path).toBeUndefined();
    // Not hashed on every request (next.config.ts).
    expect(response.headers()['etag'], path).toBeUndefined();
  }
});

test('malformed URLs are a 400 with the localized page, not a 500', async ({ request }) => {
  for (const [path, lang] of [
    ['/kk/news/%E0%A4%A', 'kk'],
    ['/ru/news/%', 'ru'],
    ['/%C0%AF', 'kk'],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    const body = await response.text();
    expect(body, path).toContain(`<html lang="${lang}">`);
    expect(body, path).toContain(text[lang].malformed);
  }
});
