import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { negotiateLocale } from './lib/http/negotiate-locale';
import { badRequestResponse } from './lib/http/bad-request-page';
import { crossSite, refuseCrossSite } from './lib/http/form-post';
import { INBOX_PATH_HEADER, inboxContentSecurityPolicy } from './lib/http/headers';
import { notFoundPagePath } from './lib/http/not-found';
import { classifyPath, localeOfPath } from './lib/http/path-guard';
import { isFormPath, isInboxPath } from './lib/site/routes';

const negotiateRoot = createMiddleware(routing);

/**
 * Runs only where Next cannot answer well by itself (see `config`); a GET of a page under /kk or
 * /ru never reaches it: those are served as prerendered files, and their unknown paths get the
 * localized 404 through next.config.ts. Here: the root negotiates the language (Accept-Language →
 * /kk or /ru, no cookie); a path outside the locales gets the 404 in the reader's language; a
 * malformed address (Next answers those with a 500) gets a localized 400, a request with a body or
 * a call of a server action a 405, but for the POST of residents' messages to their one address and
 * the inbox's forms. The inbox's pages are rendered per request: each gets its policy with a nonce here.
 */
/**
 * Headers `next start` alone answers with a 500 on its static files (a Range it cannot satisfy or
 * parse, an If-Match): nginx answers them in production (npm start); here they are dropped, so the
 * whole file is sent, as RFC 9110 allows.
 */
const conditional = ['range', 'if-range', 'if-match', 'if-unmodified-since'];

/**
 * A request of the press office's inbox (app/[locale]/(inbox)): its forms (server actions, posted to the
 * page they are on) only from the site's own pages, never another site's (Next would answer those with
 * a 500); its pages with their own policy, whose nonce Next reads from the request and puts on its scripts.
 */
function inboxRequest(request: NextRequest, locale: 'kk' | 'ru') {
  if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'POST')
    return badRequestResponse(locale, 'method');
  if (request.method === 'POST' && crossSite(request)) return refuseCrossSite(locale);
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const policy = inboxContentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // The page's own path, set here whatever the browser sent: where a renewal of the role comes back to.
  headers.set(INBOX_PATH_HEADER, request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const inboxLocale =
    isInboxPath(pathname) && classifyPath(pathname) !== 'bad-request' ? localeOfPath(pathname) : undefined;
  if (inboxLocale) return inboxRequest(request, inboxLocale);
  if ((request.method === 'GET' || request.method === 'HEAD') && conditional.some((h) => request.headers.has(h))) {
    const headers = new Headers(request.headers);
    for (const name of conditional) headers.delete(name);
    return NextResponse.next({ request: { headers } });
  }
  const locale = () => localeOfPath(pathname) ?? negotiateLocale(request.headers.get('accept-language'));
  if (request.headers.has('next-action')) return badRequestResponse(locale(), 'method');
  // Residents' messages are posted to their one address (lib/site/routes.ts: form); its handler takes it.
  if (request.method === 'POST' && localeOfPath(pathname) && isFormPath(pathname)) return NextResponse.next();
  if (request.method !== 'GET' && request.method !== 'HEAD') return badRequestResponse(locale(), 'method');
  if (pathname === '/') return negotiateRoot(request);
  // A trailing slash: the address without it, redirected here, since Next's own redirect carries none of
  // the site's headers.
  if (pathname.endsWith('/')) {
    const target = new URL(request.url);
    target.pathname = pathname.replace(/\/+$/, '');
    return NextResponse.redirect(target, 308);
  }
  const verdict = classifyPath(pathname);
  if (verdict === 'bad-request') return badRequestResponse(locale(), 'address');
  // Under a locale Next answers unknown paths itself (next.config.ts); files are Next's too.
  if (verdict === 'not-found' && !localeOfPath(pathname)) {
    return NextResponse.rewrite(new URL(notFoundPagePath(locale()), request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: [
    '/',
    // The inbox's pages and forms (lib/site/routes.ts: isInboxPath).
    '/(kk|ru)/inbox',
    '/(kk|ru)/inbox/:path*',
    // Every path outside the locales (kk, ru: tests/unit/proxy-matcher.test.ts holds this list to
    // i18n/routing.ts) but Next's own assets, and any percent-encoded path.
    '/((?!_next/|kk(?:/|$)|ru(?:/|$)).*)',
    '/(.*%.*)',
    // A trailing slash (next.config.ts: skipTrailingSlashRedirect).
    '/(.+/)',
    // Requests that send a body (POST, PUT, PATCH) or call a server action, on any path. Methods
    // without a body cannot be told apart here: on a page, Next answers OPTIONS with an empty 400
    // and DELETE like GET.
    { source: '/((?!_next/).*)', has: [{ type: 'header', key: 'content-length' }] },
    { source: '/((?!_next/).*)', has: [{ type: 'header', key: 'transfer-encoding' }] },
    { source: '/((?!_next/).*)', has: [{ type: 'header', key: 'next-action' }] },
    // Ranges and conditions next start cannot answer (above, `conditional`), static files included.
    { source: '/:path*', has: [{ type: 'header', key: 'range' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'if-range' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'if-match' }] },
    { source: '/:path*', has: [{ type: 'header', key: 'if-unmodified-since' }] },
  ],
};
