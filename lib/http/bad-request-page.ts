import { createHash } from 'node:crypto';
import { type Locale, localePath } from '../../i18n/routing';
import { path } from '../site/routes';
import kk from '../../messages/kk.json';
import ru from '../../messages/ru.json';

// Relative imports: next.config.ts loads this file (through the CSP) without the @/ alias.
const messages = { kk, ru } as const;

/** The one inline style of the site, allowed by its hash in the CSP (lib/http/headers.ts). */
const style =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#14202e}a{color:#0b4f8a}';
export const badRequestStyleHash = `'sha256-${createHash('sha256').update(style).digest('base64')}'`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Why a request is refused: a method the site does not serve, an address no page can have, a search
 * results page that cannot exist, a request too long or malformed, too many requests from one address,
 * a form sent from another site's page, or the site failing to answer (nginx's own pages, lib/build-output.ts: errorPagePath).
 */
export type BadRequestReason =
  'method' | 'address' | 'searchPage' | 'request' | 'crossSite' | 'tooMany' | 'unavailable';
export const errorPageReasons = ['method', 'address', 'request', 'tooMany', 'unavailable'] as const;

/**
 * The proxy's answer to a request it refuses (POST, OPTIONS…, or a malformed address): a small page
 * in the reader's language, since Next renders no page for these. Nothing from the request is
 * echoed back.
 */
export function badRequestPage(locale: Locale, reason: BadRequestReason): string {
  const m = messages[locale];
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(m.BadRequest.title)} — ${escape(m.Site.shortName)}</title><style>${style}</style>`;
  const main = `<p>${escape(m.Site.kind)}</p><h1>${escape(m.BadRequest.title)}</h1><p>${escape(m.BadRequest[reason])}</p><p><a href="${localePath(locale, path('/'))}">${escape(m.NotFound.home)}</a></p>`;
  return `<!DOCTYPE html><html lang="${locale}"><head>${head}</head><body><main>${main}</main></body></html>`;
}

/** Each reason's status: a method the site does not take is a 405, another site's form a 403, too many requests a 429, a failure 503. */
const statusOf: Record<BadRequestReason, number> = {
  method: 405,
  address: 400,
  searchPage: 400,
  request: 400,
  crossSite: 403,
  tooMany: 429,
  unavailable: 503,
};

/** The response with that page; `headers` adds to (or replaces) its own. */
export function badRequestResponse(
  locale: Locale,
  reason: BadRequestReason,
  { status = statusOf[reason], headers = {} }: { status?: number; headers?: Record<string, string> } = {},
): Response {
  return new Response(badRequestPage(locale, reason), {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      Allow: 'GET, HEAD',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}
