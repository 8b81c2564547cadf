import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { localePath, routing } from '@/i18n/routing';
import { audit, auditRefusal } from '@/lib/inbox/audit';
import { callbackUrl } from '@/lib/inbox/callback-url';
import { finishSignIn } from '@/lib/inbox/oidc';
import { guarded, openDatabase, seeOther, signInPath, unavailable } from '@/lib/inbox/request';
import { roleOf } from '@/lib/inbox/roles';
import {
  clearCookie,
  cookieHeader,
  endSession,
  findSession,
  readCookie,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  startSession,
  takeSignIn,
} from '@/lib/inbox/sessions';
import { inboxSettings } from '@/lib/inbox/settings';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

/**
 * /{locale}/inbox/auth/callback?code=…&state=…: the git host sends the press officer back. The code is
 * exchanged (PKCE, state and nonce checked), the account's groups give its role, or none: refused.
 */
export const GET = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/auth/callback'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const settings = inboxSettings();
  if (!settings) return seeOther(signInPath(locale));
  const db = await openDatabase();
  if (!db) return unavailable(locale);
  const forget = { 'Set-Cookie': clearCookie(SIGN_IN_COOKIE) };
  const checks = await takeSignIn(db, readCookie(request, SIGN_IN_COOKIE));
  if (!checks) return seeOther(signInPath(locale, 'failed'), forget);
  let account;
  try {
    // The address as registered with the provider (behind nginx the request's own names a loopback port).
    const returned = new URL(callbackUrl(locale));
    returned.search = request.nextUrl.search;
    account = await finishSignIn(settings, returned, checks);
  } catch (error) {
    console.error(`inbox: a sign-in failed (${error instanceof Error ? error.name : 'error'})`);
    return seeOther(signInPath(locale, 'failed'), forget);
  }
  const role = roleOf(account.groups, settings.members);
  if (!role) {
    // The groups the provider gave: what an administrator setting up the roles needs to see.
    await auditRefusal(db, account, account.groups.join(', ') || null);
    return seeOther(signInPath(locale, 'refused'), forget);
  }
  // A renewal (the role checked again after ROLE_CHECK_MS) replaces the session it renews; only a
  // sign-in of someone not signed in already, or with another role now, goes to the audit log.
  const before = await findSession(db, readCookie(request, SESSION_COOKIE));
  const renewed = before && 'session' in before ? before.session : undefined;
  if (renewed) await endSession(db, renewed.idHash);
  const { id } = await startSession(db, { ...account, role });
  if (renewed?.subject !== account.subject || renewed.role !== role) await audit(db, { ...account, role }, 'sign-in');
  const response = seeOther(checks.next ?? localePath(locale, path('/inbox')), forget);
  response.headers.append('Set-Cookie', cookieHeader(SESSION_COOKIE, id));
  return response;
});
