import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import knownPaths from './.generated/routes.json';
import { routing } from './i18n/routing';
import { negotiateLocale } from './lib/accept-language';
import { badRequestPage } from './lib/bad-request-page';
import { classifyPath, localeOfPath } from './lib/path-guard';

const negotiateRoot = createMiddleware(routing);
const known = new Set<string>(knownPaths);
// In `next dev` content changes without a new manifest; let Next answer for unknown paths there.
const strict = process.env.NODE_ENV === 'production';

/**
 * The root negotiates the language (Accept-Language → /kk or /ru, no cookie). Every other path
 * is checked against the build's list of pages: known pages pass through untouched and stay
 * static; anything else gets the localized 404 page with a real 404 (or 400) status.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const locale = () => localeOfPath(pathname) ?? negotiateLocale(request.headers.get('accept-language'));
  // A read-only site: anything but GET and HEAD is a bad request, answered with a localized page.
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new NextResponse(badRequestPage(locale()), {
      status: 400,
      headers: { 'Content-Type': 'text/html; charset=utf-8', Allow: 'GET, HEAD', 'Cache-Control': 'no-store' },
    });
  }
  if (pathname === '/') return negotiateRoot(request);
  const verdict = classifyPath(pathname, (path) => known.has(path) || !strict);
  if (verdict === 'page' || verdict === 'asset') return NextResponse.next();
  return NextResponse.rewrite(new URL(`/${locale()}/page-not-found`, request.url), {
    status: verdict === 'bad-request' ? 400 : 404,
  });
}

export const config = {
  // Everything but Next's own assets.
  matcher: ['/((?!_next/).*)'],
};
