import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OutcomeKind, OutcomeTable } from '@/lib/db/schema';
import { type Actor, audit } from '@/lib/inbox/audit';

/*
 * What the coalition did with a message (docs/residents-messages.md): passed it on, took it into
 * account, did not support it (with its reason), or found it the same as another. Editors record each
 * step in the inbox; the audit log holds who did; the resident who holds the reference sees them as a
 * dated timeline (lib/feedback/lookup.ts). A message may gather several over time.
 */

export type NewOutcome = {
  kind: OutcomeKind;
  day: string;
  recipient: string | null;
  sameAs: string | null;
  note: { kk: string; ru: string } | null;
};

export type Outcome = NewOutcome & { id: string; recordedBy: string; recordedAt: string };

const outcomeOf = (row: OutcomeTable): Outcome => ({
  id: row.id,
  kind: row.kind,
  day: row.day,
  recipient: row.recipient,
  sameAs: row.same_as,
  note: row.note_kk !== null && row.note_ru !== null ? { kk: row.note_kk, ru: row.note_ru } : null,
  recordedBy: row.recorded_by,
  recordedAt: row.recorded_at,
});

/** A message's steps, in the order they happened. */
export async function outcomesOf(db: Kysely<Database>, reference: string): Promise<Outcome[]> {
  const rows = await db
    .selectFrom('outcomes')
    .selectAll()
    .where('reference', '=', reference)
    .orderBy('day')
    .orderBy('recorded_at')
    .execute();
  return rows.map(outcomeOf);
}

/** Records a step and its audit row together; false when the message is not there (deleted meanwhile). */
export async function recordOutcome(
  db: Kysely<Database>,
  reference: string,
  outcome: NewOutcome,
  by: Actor,
  now = new Date(),
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const there = await trx
      .selectFrom('submissions')
      .select('reference')
      .where('reference', '=', reference)
      .executeTakeFirst();
    if (!there) return false;
    await trx
      .insertInto('outcomes')
      .values({
        id: randomBytes(8).toString('hex'),
        reference,
        kind: outcome.kind,
        day: outcome.day,
        recipient: outcome.recipient,
        same_as: outcome.sameAs,
        note_kk: outcome.note?.kk ?? null,
        note_ru: outcome.note?.ru ?? null,
        recorded_by: by.name,
        recorded_at: now.toISOString(),
      })
      .execute();
    await audit(trx, by, 'outcome', { reference, detail: outcome.kind, now });
    return true;
  });
}

/** Takes back a step recorded by mistake; the audit log keeps that it was. */
export async function removeOutcome(db: Kysely<Database>, reference: string, id: string, by: Actor): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom('outcomes')
      .where('id', '=', id)
      .where('reference', '=', reference)
      .returning('kind')
      .executeTakeFirst();
    if (!removed) return false;
    await audit(trx, by, 'outcome-removed', { reference, detail: removed.kind });
    return true;
  });
}
