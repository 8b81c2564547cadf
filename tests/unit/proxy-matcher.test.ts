import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { config } from '@/proxy';

type Matcher = { regexp: string; has?: { type: string; key: string }[] };
// Next's own conversion of the matcher into what it tests requests with (an internal, untyped
// module), so that these tests read the matcher exactly as Next does. The matcher must be a literal
// (Next reads it without running proxy.ts), so it names the locales itself: the tests hold it to
// i18n/routing.ts and to what the proxy is for.
const { getMiddlewareMatchers } = createRequire(import.meta.url)('next/dist/build/analysis/get-page-static-info') as {
  getMiddlewareMatchers: (matcher: unknown, nextConfig: { basePath: string; i18n: null }) => Matcher[];
};
const matchers = getMiddlewareMatchers(config.matcher, { basePath: '', i18n: null });
const runsOn = (path: string, headers: Record<string, string> = {}) =>
  matchers.some(
    (m) => new RegExp(m.regexp).test(path) && (m.has ?? []).every((h) => h.type === 'header' && h.key in headers),
  );

describe('where proxy.ts runs', () => {
  it('never on a GET of a page under a locale, known or not', () => {
    for (const locale of routing.locales) {
      for (const path of [
        '',
        '/news',
        '/news/qyzylordada-koalitsiya-quryldy',
        '/news/page/2',
        '/people/zhandos-bazartai',
        '/no-such-page',
        '/feed.xml',
      ]) {
        expect(
          runsOn(`/${locale}${path}`, { accept: 'text/html', 'accept-encoding': 'gzip' }),
          `/${locale}${path}`,
        ).toBe(false);
      }
    }
  });

  it('at the root, on every path outside the locales, and on percent-encoded paths', () => {
    for (const path of [
      '/',
      '/about-us',
      '/en/news',
      '/KK',
      `/${routing.locales[0]}x`,
      '/sitemap.xml',
      '/kk/news/%E0%A4%A',
      '/ru/news/%F0%9F%98%80',
    ]) {
      expect(runsOn(path), path).toBe(true);
    }
  });

  it('on requests that send a body or call a server action, on any path', () => {
    for (const headers of [
      { 'content-length': '0' },
      { 'transfer-encoding': 'chunked' },
      { 'next-action': 'x' },
    ] as Record<string, string>[]) {
      expect(runsOn('/kk/news', headers), JSON.stringify(headers)).toBe(true);
    }
  });

  it("never on Next's own assets", () => {
    expect(runsOn('/_next/static/chunks/app.js')).toBe(false);
  });
});
