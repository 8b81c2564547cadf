import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';
import { isRole, type Role } from './roles';
import { type NextRequest, NextResponse } from 'next/server';

/*
 * Press officers' sessions, kept in the site's database (docs/inbox.md): the cookie holds a random
 * id, the table its hash, so that a copy of the database opens no session. A session ends after 8 hours
 * without a request, after 12 hours in any case, at sign-out, or when an administrator ends it.
 */

export const SESSION_COOKIE = '__Host-inbox';
export const SIGN_IN_COOKIE = '__Host-inbox-sign-in';
export const IDLE_MS = 8 * 60 * 60_000;
export const MAX_AGE_MS = 12 * 60 * 60_000;
/**
 * How long a role stands before it is checked with the provider again: a page opened later goes through
 * the git host's sign-in (a redirect there and back while its own session lasts), which gives the
 * account's groups as they are now, or refuses someone who has left them. A form typed on a page
 * opened in time is still taken for FORM_GRACE_MS more, so that nothing being written is lost.
 */
export const ROLE_CHECK_MS = 15 * 60_000;
export const FORM_GRACE_MS = 30 * 60_000;

/** Whether a session's role must be checked with the provider before a page (or a form) is served. */
export const roleCheckDue = (session: Session, kind: 'page' | 'form', now = new Date()) =>
  now.getTime() - Date.parse(session.createdAt) > ROLE_CHECK_MS + (kind === 'form' ? FORM_GRACE_MS : 0);

/** A sign-in not finished within this time is forgotten. */
export const SIGN_IN_MS = 10 * 60_000;
/** How often a session's last request is written down (not on every page). */
const TOUCH_MS = 60_000;

export type Session = { idHash: string; subject: string; name: string; role: Role; csrf: string; createdAt: string };

const token = () => randomBytes(32).toString('base64url');
export const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/**
 * The Set-Cookie header of a cookie only this site's pages send back, over HTTPS, never to another
 * site's forms: written by Next's own cookie serializer.
 */
export const cookieOptions = { path: '/', httpOnly: true, secure: true, sameSite: 'lax' } as const;

export function cookieHeader(name: string, value: string, maxAgeSeconds?: number): string {
  const carrier = new NextResponse(null);
  carrier.cookies.set(name, value, {
    ...cookieOptions,
    ...(maxAgeSeconds === undefined ? {} : { maxAge: maxAgeSeconds }),
  });
  return carrier.headers.get('set-cookie')!;
}
export const clearCookie = (name: string) => cookieHeader(name, '', 0);

/** A cookie's value, as Next reads the request's Cookie header. */
export const readCookie = (request: NextRequest, name: string): string | undefined =>
  request.cookies.get(name)?.value || undefined;

export async function startSession(
  db: Kysely<Database>,
  account: { subject: string; name: string; role: Role },
  now = new Date(),
): Promise<{ id: string; session: Session }> {
  const id = token();
  const at = now.toISOString();
  const row = {
    id_hash: hashId(id),
    subject: account.subject,
    name: account.name,
    role: account.role,
    csrf: token(),
    created_at: at,
    seen_at: at,
  };
  await db.insertInto('staff_sessions').values(row).execute();
  return { id, session: { idHash: row.id_hash, ...account, csrf: row.csrf, createdAt: at } };
}

export type Found = { session: Session } | { expired: true } | undefined;

/** The session a cookie names: undefined when there is none, `expired` when its time is up (then removed). */
export async function findSession(db: Kysely<Database>, id: string | undefined, now = new Date()): Promise<Found> {
  if (!id) return undefined;
  const idHash = hashId(id);
  const row = await db.selectFrom('staff_sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  if (!row || !isRole(row.role)) return undefined;
  const time = now.getTime();
  if (time - Date.parse(row.seen_at) > IDLE_MS || time - Date.parse(row.created_at) > MAX_AGE_MS) {
    await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).execute();
    return { expired: true };
  }
  if (time - Date.parse(row.seen_at) > TOUCH_MS)
    await db.updateTable('staff_sessions').set({ seen_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
  return {
    session: {
      idHash,
      subject: row.subject,
      name: row.name,
      role: row.role,
      csrf: row.csrf,
      createdAt: row.created_at,
    },
  };
}

export async function endSession(db: Kysely<Database>, idHash: string): Promise<boolean> {
  const { numDeletedRows } = await db.deleteFrom('staff_sessions').where('id_hash', '=', idHash).executeTakeFirst();
  return numDeletedRows > 0n;
}

/**
 * The retention job's part (npm run db:retention): sessions ended by time and sign-ins never finished,
 * which nobody would come back to delete (a session is deleted when its cookie comes back too late).
 */
export async function forgetEnded(
  db: Kysely<Database>,
  now = new Date(),
): Promise<{ sessions: number; signIns: number }> {
  const before = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const sessions = await db
    .deleteFrom('staff_sessions')
    .where((row) => row.or([row('seen_at', '<=', before(IDLE_MS)), row('created_at', '<=', before(MAX_AGE_MS))]))
    .executeTakeFirst();
  const signIns = await db.deleteFrom('sign_ins').where('created_at', '<', before(SIGN_IN_MS)).executeTakeFirst();
  return { sessions: Number(sessions.numDeletedRows), signIns: Number(signIns.numDeletedRows) };
}

/** The sessions open now, for an administrator to see and end. */
export async function openSessions(db: Kysely<Database>, now = new Date()) {
  const idle = new Date(now.getTime() - IDLE_MS).toISOString();
  const started = new Date(now.getTime() - MAX_AGE_MS).toISOString();
  return db
    .selectFrom('staff_sessions')
    .select(['id_hash', 'name', 'subject', 'role', 'created_at', 'seen_at'])
    .where('seen_at', '>', idle)
    .where('created_at', '>', started)
    .orderBy('seen_at', 'desc')
    .execute();
}

/** Whether a form carried its session's token (compared in constant time). */
export function csrfMatches(session: Session, sent: string | null | undefined): boolean {
  if (!sent) return false;
  const a = Buffer.from(session.csrf);
  const b = Buffer.from(sent);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A sign-in under way: its checks kept under the id of a short-lived cookie. */
export async function keepSignIn(
  db: Kysely<Database>,
  checks: { state: string; verifier: string; nonce: string },
  locale: string,
  { next = null, now = new Date() }: { next?: string | null; now?: Date } = {},
): Promise<string> {
  const id = token();
  const before = new Date(now.getTime() - SIGN_IN_MS).toISOString();
  await db.deleteFrom('sign_ins').where('created_at', '<', before).execute();
  await db
    .insertInto('sign_ins')
    .values({ id_hash: hashId(id), ...checks, locale, next, created_at: now.toISOString() })
    .execute();
  return id;
}

/** The checks of a sign-in, taken (each is used once); undefined when unknown or too old. */
export async function takeSignIn(db: Kysely<Database>, id: string | undefined, now = new Date()) {
  if (!id) return undefined;
  const idHash = hashId(id);
  const row = await db.selectFrom('sign_ins').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  await db.deleteFrom('sign_ins').where('id_hash', '=', idHash).execute();
  if (!row || now.getTime() - Date.parse(row.created_at) > SIGN_IN_MS) return undefined;
  return { state: row.state, verifier: row.verifier, nonce: row.nonce, locale: row.locale, next: row.next };
}
