import { hasLocale } from 'next-intl';
import { type Locale, routing } from '@/i18n/routing';

export const MAX_PATH_LENGTH = 1024;

/** Where the press office may put photo originals (public/images/). */
const ORIGINALS = '/images/';

/**
 * What proxy.ts does with a path it sees (the pages under the locales never reach it):
 * - `file`: the path ends in a file name with an extension (sitemap, robots, open data, fonts), or is
 *   the web editor's page: left to Next, which has the files;
 * - `not-found`: the localized 404 page, status 404;
 * - `bad-request`: malformed or abusive input, the localized 400 page.
 */
export type PathVerdict = 'file' | 'not-found' | 'bad-request';

// Next answers 500 for malformed percent-encoding; other inputs here are rejected before they reach
// a route so that no handler ever sees them.
export function classifyPath(pathname: string): PathVerdict {
  if (pathname.length > MAX_PATH_LENGTH) return 'bad-request';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return 'bad-request';
  }
  // Control characters, backslashes and dot segments have no place in any of our URLs.
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || /(^|\/)\.\.?(\/|$)/.test(decoded)) return 'bad-request';
  // Photo originals (public/images/) are the photo build's input, never served: their GPS positions
  // and full sizes stay home.
  if (decoded.startsWith(ORIGINALS)) return 'not-found';
  // The web editor's page (public/admin/index.html, next.config.ts).
  if (decoded === '/admin' || decoded === '/admin/') return 'file';
  if (/\/[^/]+\.[a-z0-9]{2,5}$/i.test(pathname)) return 'file';
  return 'not-found';
}

/** The locale a path is under, if any: "/ru/news/x" → "ru". */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/')[1];
  return hasLocale(routing.locales, first) ? first : undefined;
}
