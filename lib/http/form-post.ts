import type { Locale } from '../../i18n/routing';
import { badRequestResponse } from './bad-request-page';

/*
 * What every form POST of the site is checked for (residents' messages, the inbox): its size, read
 * without trusting Content-Length, its type, and where it was sent from.
 */

/** A form's POST refused (400, 413, 415): the bilingual page, saying what the address takes. */
export const refusePost = (locale: Locale, status: number) =>
  badRequestResponse(locale, 'request', { status, headers: { Allow: 'POST' } });

/** A form sent from another site's page (403): the page says so, and where the form is. */
export const refuseCrossSite = (locale: Locale) =>
  badRequestResponse(locale, 'crossSite', { headers: { Allow: 'POST' } });

/** A form's fields, or its refusal: a body of another type (415) or longer than `limit` bytes (413). */
export async function readForm(request: Request, locale: Locale, limit: number): Promise<URLSearchParams | Response> {
  if (!(request.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded'))
    return refusePost(locale, 415);
  const body = await readBody(request, limit);
  return body === undefined ? refusePost(locale, 413) : new URLSearchParams(body);
}

/** A form's body as text, or undefined when it is longer than `limit` bytes (said or sent). */
export async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit || !request.body) return declared > limit ? undefined : '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/**
 * A form posted from another site: refused. The browser's Origin (scheme, host and port) must name the
 * address the browser reached: the Host it sent, which nginx passes on as X-Forwarded-Host (its own
 * Host to the workers is the site's name without the port) and `next start` alone sets from Host.
 * A page cannot set that header on a cross-site form, so it is trusted here; "null" and no Origin
 * (curl, old browsers) are let be, as the session's token still guards the inbox.
 */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  const reached = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!reached) return true;
  try {
    const sent = new URL(origin);
    // Read with the Origin's scheme, so that a default port written out (example.kz:443) is the same host.
    return new URL(`${sent.protocol}//${reached}`).host !== sent.host;
  } catch {
    return true;
  }
}
