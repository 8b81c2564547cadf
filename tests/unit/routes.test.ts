import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInboxPageOf, path, type Route, routes, routeSource } from '@/lib/site/routes';

// The route table (lib/site/routes.ts) and the app/ folder hold each other: every route has its page or
// handler, and every page or handler of app/[locale] is a route.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return /^(page\.tsx|route\.ts)$/.test(entry.name) ? [file] : [];
  });
}

describe('the route table', () => {
  it('has a page or a handler in app/[locale] for every route', () => {
    const missing = (Object.keys(routes) as Route[])
      .filter((route) => !existsSync(routeSource(route)))
      .map((route) => `route ${route} has no page: ${routeSource(route)}`);
    expect(missing).toEqual([]);
  });

  it('has every page and handler of app/[locale] as a route', () => {
    const known = new Set((Object.keys(routes) as Route[]).map(routeSource));
    const strays = sources('app/[locale]')
      .map((file) => relative('.', file))
      .filter((file) => !known.has(file))
      .map((file) => `${file} is not in the route table (lib/site/routes.ts)`);
    expect(strays).toEqual([]);
  });

  it('builds addresses from their patterns', () => {
    expect(path('/news/[slug]', { slug: 'jana' })).toBe('/news/jana');
    expect(path('/events/district/[district]/[[...page]]', { district: 'aral', page: [] })).toBe(
      '/events/district/aral',
    );
    expect(path('/events/district/[district]/[[...page]]', { district: 'aral', page: ['page', '2'] })).toBe(
      '/events/district/aral/page/2',
    );
  });

  it('sends a press officer back, after a sign-in, only to an inbox page of the same language', () => {
    for (const back of ['/kk/inbox', '/kk/inbox/audit', '/kk/inbox/K7QM-2XDA-9PTB'])
      expect(isInboxPageOf('kk', back), back).toBe(true);
    for (const back of [
      '/ru/inbox',
      '//evil.example/kk/inbox',
      'https://evil.example/kk/inbox',
      '/kk/inbox/../admin',
      '/kk/inbox/audit?q=name',
      '/kk/inbox/',
      '/kk/inboxes',
      '/kk/inbox\\evil',
    ])
      expect(isInboxPageOf('kk', back), back).toBe(false);
  });
});
