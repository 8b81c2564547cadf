import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { authorizationUrl } from '@/lib/inbox/oidc';
import { callbackUrl } from '@/lib/inbox/callback-url';
import { guarded, openDatabase, seeOther, signInPath, unavailable } from '@/lib/inbox/request';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { clientAddress } from '@/lib/http/client-address';
import { cookieHeader, keepSignIn, SIGN_IN_COOKIE, SIGN_IN_MS } from '@/lib/inbox/sessions';
import { waitBeforeSignIn } from '@/lib/inbox/sign-in-limit';
import { inboxSettings } from '@/lib/inbox/settings';
import { isInboxPageOf } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

/**
 * /{locale}/inbox/auth[?back=<inbox page>]: to the git host's sign-in page (docs/inbox.md), the checks
 * kept here, and the inbox page to come back to when this renews a role (lib/inbox/sessions.ts).
 */
export const GET = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/auth'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const settings = inboxSettings();
  if (!settings) return seeOther(signInPath(locale));
  // Each start writes a row: an address starting many is refused before it reaches the database.
  const wait = await waitBeforeSignIn(clientAddress(request.headers));
  if (wait > 0) return badRequestResponse(locale, 'tooMany', { headers: { 'Retry-After': String(wait) } });
  const db = await openDatabase();
  if (!db) return unavailable(locale);
  try {
    const { url, checks } = await authorizationUrl(settings, callbackUrl(locale));
    const back = request.nextUrl.searchParams.get('back');
    const id = await keepSignIn(db, checks, locale, { next: back && isInboxPageOf(locale, back) ? back : null });
    return seeOther(url.href, { 'Set-Cookie': cookieHeader(SIGN_IN_COOKIE, id, SIGN_IN_MS / 1000) });
  } catch (error) {
    // The provider could not be reached or read: said, never its answer.
    console.error(`inbox: the sign-in provider failed (${error instanceof Error ? error.name : 'error'})`);
    return seeOther(signInPath(locale, 'failed'));
  }
});
