import 'server-only';
import type { Kysely } from 'kysely';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { type Locale, localePath } from '@/i18n/routing';
import { database } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { cacheControl, INBOX_PATH_HEADER } from '@/lib/http/headers';
import { path } from '@/lib/site/routes';
import { can, type Permission } from './roles';
import { findSession, readCookie, roleCheckDue, type Session, SESSION_COOKIE } from './sessions';
import { type View, viewIn } from './views/view';

/*
 * The door of every inbox page and form: the session its cookie names, or the way to sign in (the
 * sign-in page, with a word when the session's time is up).
 */

export type Signed = { db: Kysely<Database>; session: Session; view: View };

/** What the sign-in page says above its button (app/[locale]/(inbox)/inbox/sign-in). */
export const signInWords = ['refused', 'expired', 'failed', 'signedOut', 'notSetUp'] as const;
export type SignInWord = (typeof signInWords)[number];

/** The sign-in page's address, with a word. */
export const signInPath = (locale: Locale, said?: SignInWord) =>
  `${localePath(locale, path('/inbox/sign-in'))}${said ? `?said=${said}` : ''}`;

/**
 * Through the git host's sign-in again, for the role as it is now (lib/inbox/sessions.ts: ROLE_CHECK_MS),
 * then back to `back`, the page's path (which the sign-in's start takes only when it is an inbox page).
 */
export const renewPath = (locale: Locale, back: string | null | undefined) =>
  `${localePath(locale, path('/inbox/auth'))}${back ? `?back=${encodeURIComponent(back)}` : ''}`;

/** The site's database, or nothing when it fails (one line in the log, never its message). */
export async function openDatabase(): Promise<Kysely<Database> | undefined> {
  try {
    return await database();
  } catch (error) {
    console.error(`inbox: the database failed (${error instanceof Error ? error.name : 'error'})`);
    return undefined;
  }
}

/** Who a session cookie names: signed in, or where to go instead. */
async function whoIs(
  db: Kysely<Database>,
  locale: Locale,
  cookie: string | undefined,
  { kind, back }: { kind: 'page' | 'form'; back?: string | null },
): Promise<Signed | string> {
  const found = await findSession(db, cookie);
  if (!found) return signInPath(locale);
  if ('expired' in found) return signInPath(locale, 'expired');
  if (roleCheckDue(found.session, kind))
    return kind === 'page' ? renewPath(locale, back) : signInPath(locale, 'expired');
  return { db, session: found.session, view: await viewIn(locale, found.session) };
}

/** A page's or a form's signed-in person (to the sign-in page if none); undefined: the database failed. */
export async function signedInHere(locale: Locale, kind: 'page' | 'form' = 'page'): Promise<Signed | undefined> {
  const db = await openDatabase();
  if (!db) return undefined;
  const who = await whoIs(db, locale, (await cookies()).get(SESSION_COOKIE)?.value || undefined, {
    kind,
    back: (await headers()).get(INBOX_PATH_HEADER),
  });
  if (typeof who === 'string') redirect(who);
  return who;
}

export const seeOther = (href: string, headers: Record<string, string> = {}) =>
  new Response(null, { status: 303, headers: { Location: href, 'Cache-Control': cacheControl.private, ...headers } });

export const unavailable = (locale: Locale) =>
  badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });

/** A route handler's signed-in person (the export), or its answer: to sign in, or 503. */
export async function signedIn(request: NextRequest, locale: Locale): Promise<Signed | Response> {
  const db = await openDatabase();
  if (!db) return unavailable(locale);
  const who = await whoIs(db, locale, readCookie(request, SESSION_COOKIE), { kind: 'form' });
  return typeof who === 'string' ? seeOther(who) : who;
}

export const allowed = (signed: Signed, permission: Permission) => can(signed.session.role, permission);

/**
 * An inbox route handler whose database fails halfway: the bilingual 503 page (try again shortly),
 * never a 500 with a stack trace; the log says only that it failed.
 */
export function guarded<C>(handler: (request: NextRequest, context: C) => Promise<Response>) {
  return async (request: NextRequest, context: C): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      console.error(`inbox: a request failed (${error instanceof Error ? error.name : 'error'})`);
      const locale = /^\/(kk|ru)\//.exec(request.nextUrl.pathname)?.[1] === 'ru' ? 'ru' : 'kk';
      return unavailable(locale);
    }
  };
}
