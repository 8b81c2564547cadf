import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/*
 * The audit log (docs/inbox.md): every sign-in (and refusal), every view of contact details, every
 * export, deletion, answer, status change, outcome and publication, with who and when. Never a resident's text
 * or contact details: a reference number at most.
 */

export const auditActions = [
  'sign-in',
  'sign-in-refused',
  'sign-out',
  'session-ended',
  'contacts-viewed',
  'export',
  'export-with-contacts',
  'status',
  'answer',
  'publish',
  'delete',
  'delete-by-resident',
  'outcome',
  'outcome-removed',
  'report',
] as const;
export type AuditAction = (typeof auditActions)[number];

export type Actor = { name: string; subject: string; role?: string };

/** A resident deleting their own message with its reference: no account, no name. */
export const resident: Actor = { name: 'resident', subject: 'form', role: 'resident' };

export async function audit(
  db: Kysely<Database>,
  actor: Actor,
  action: AuditAction,
  {
    reference = null,
    detail = null,
    now = new Date(),
  }: { reference?: string | null; detail?: string | null; now?: Date } = {},
): Promise<void> {
  const at = now.toISOString();
  await db
    .insertInto('audit_log')
    .values({
      // Sorts by time, then in the order this process wrote them (two in one millisecond too), then apart.
      id: `${at}-${String(process.hrtime.bigint()).padStart(20, '0')}-${randomBytes(4).toString('hex')}`,
      at,
      actor: actor.name,
      account: actor.role === 'resident' ? null : actor.subject,
      role: actor.role ?? null,
      action,
      reference,
      detail,
    })
    .execute();
}

/** How many refused sign-ins the log keeps in a day, whoever tries: strangers cannot flood it. */
export const REFUSALS_PER_DAY = 100;
const HOUR_MS = 60 * 60_000;

/**
 * A refused sign-in (an account outside the press office's groups), recorded once an hour per account
 * and at most REFUSALS_PER_DAY a day in all: on a public git host anyone may try, as often as they
 * like. Whether it was recorded.
 */
export async function auditRefusal(
  db: Kysely<Database>,
  actor: Actor,
  detail: string | null,
  now = new Date(),
): Promise<boolean> {
  const since = (ms: number) => new Date(now.getTime() - ms).toISOString();
  const lastDay = await db
    .selectFrom('audit_log')
    .select(['account', 'at'])
    .where('action', '=', 'sign-in-refused')
    .where('at', '>=', since(24 * HOUR_MS))
    .limit(REFUSALS_PER_DAY)
    .execute();
  if (lastDay.length >= REFUSALS_PER_DAY) return false;
  if (lastDay.some((row) => row.account === actor.subject && row.at >= since(HOUR_MS))) return false;
  await audit(db, actor, 'sign-in-refused', { detail, now });
  return true;
}

export const AUDIT_PAGE_SIZE = 50;

export async function auditPage(db: Kysely<Database>, page: number) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('audit_log')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(AUDIT_PAGE_SIZE)
      .offset((page - 1) * AUDIT_PAGE_SIZE)
      .execute(),
    db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** A submission's history: what the press office did with it, oldest first. */
export async function historyOf(db: Kysely<Database>, reference: string) {
  return db.selectFrom('audit_log').selectAll().where('reference', '=', reference).orderBy('id').execute();
}
