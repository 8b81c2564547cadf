import 'server-only';
import type { Kysely } from 'kysely';
import type { NextRequest } from 'next/server';
import { type Locale, localePath } from '@/i18n/routing';
import { database } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { path } from '@/lib/site/routes';
import { inboxHeaders, inboxPage, signInPage } from './respond';
import { can, type Permission } from './roles';
import { clearCookie, findSession, readCookie, type Session, SESSION_COOKIE } from './sessions';
import { inboxBar, notice } from './views/html';
import { type View, viewIn } from './views/view';

/*
 * The door of every inbox page: the session its cookie names, or the way to sign in (a 303 to the
 * sign-in page; its 401 with a word when the session's time is up).
 */

export type Signed = { db: Kysely<Database>; session: Session; view: View };

export const seeOther = (href: string, headers: Record<string, string> = {}) =>
  new Response(null, {
    status: 303,
    headers: { Location: href, 'Cache-Control': inboxHeaders['Cache-Control'], ...headers },
  });

export async function openDatabaseOr503(locale: Locale): Promise<Kysely<Database> | Response> {
  try {
    return await database();
  } catch (error) {
    console.error(`inbox: the database failed (${error instanceof Error ? error.name : 'error'})`);
    return badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });
  }
}

export async function signedIn(request: NextRequest, locale: Locale): Promise<Signed | Response> {
  const db = await openDatabaseOr503(locale);
  if (db instanceof Response) return db;
  const found = await findSession(db, readCookie(request, SESSION_COOKIE));
  if (!found) return seeOther(localePath(locale, path('/inbox/sign-in')));
  if ('expired' in found)
    return signInPage(locale, new URL(request.url).origin, 'expired', {
      status: 401,
      headers: { 'Set-Cookie': clearCookie(SESSION_COOKIE) },
    });
  return { db, session: found.session, view: await viewIn(locale, found.session) };
}

/**
 * A refusal inside the inbox, with its navigation: a role that does not reach this, or a stale form
 * (403); a filter or a form the inbox cannot read (400). Never the public site's error page.
 */
export async function refused(
  signed: Signed,
  origin: string,
  href: string,
  word: 'forbidden' | 'csrf' | 'bad' | 'badForm',
  status = word === 'bad' || word === 'badForm' ? 400 : 403,
) {
  const { view } = signed;
  return inboxPage(view.locale, origin, [inboxBar(view), notice(view.t(word), 'alert')], { href, status });
}

/** The page that says a role does not reach this, or that the form is stale (403). */
export const forbidden = (signed: Signed, origin: string, href: string, word: 'forbidden' | 'csrf' = 'forbidden') =>
  refused(signed, origin, href, word);

export const allowed = (signed: Signed, permission: Permission) => can(signed.session.role, permission);

/**
 * An inbox handler whose database fails halfway: the bilingual 503 page (try again shortly), never a
 * 500 with a stack trace; the log says only that it failed.
 */
export function guarded<C>(handler: (request: NextRequest, context: C) => Promise<Response>) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(`inbox: a request failed (${error instanceof Error ? error.name : 'error'})`);
      const locale = /^\/(kk|ru)\//.exec(request.nextUrl.pathname)?.[1] === 'ru' ? 'ru' : 'kk';
      return badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });
    }
  };
}
