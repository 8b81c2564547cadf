import type { Kysely, Transaction } from 'kysely';
import type { AuditTable, Database } from '@/lib/db/schema';

/*
 * How long each kind of what residents entrust to the site is kept (docs/residents-messages.md, the
 * retention table), enforced by the nightly retention job (npm run db:retention) and re-applied to a
 * restored backup (lib/db/backup.ts). Contact details: until their own delete_after (RETENTION_MONTHS
 * after they were given). The text of a message: RETENTION_MONTHS after its case closed (answered or
 * published), then only what it was about is kept (kind, topic, territory, steps), which the counts
 * and the resident's lookup read. Held messages nobody released, and spam: deleted whole.
 */

/** A message held as likely spam that nobody released within this many days is deleted. */
export const HELD_DAYS = 90;
/** A message marked as spam is deleted this many days after it was marked. */
export const SPAM_DAYS = 30;
/** The address hashes of the duplicate and spam checks are cleared after a day. */
const HASH_MS = 24 * 60 * 60_000;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 24 * 60 * 60_000).toISOString();
const monthsBefore = (now: Date, months: number) => {
  const then = new Date(now);
  then.setUTCMonth(then.getUTCMonth() - months);
  return then.toISOString();
};

export type RetentionDone = { contacts: number; hashes: number; texts: number; held: number; spam: number };

/** Deletes a message with everything that hangs on it (contacts, answer, steps: by the schema's cascade). */
export async function deleteMessage(trx: Transaction<Database>, reference: string): Promise<boolean> {
  await trx.deleteFrom('contacts').where('reference', '=', reference).execute();
  const { numDeletedRows } = await trx.deleteFrom('submissions').where('reference', '=', reference).executeTakeFirst();
  return numDeletedRows > 0n;
}

/** What is past its time, deleted in one transaction, and the run recorded for the inbox. */
export async function applyRetention(
  db: Kysely<Database>,
  { now = new Date(), months }: { now?: Date; months: number },
): Promise<RetentionDone> {
  return db.transaction().execute(async (trx) => {
    const contacts = await trx.deleteFrom('contacts').where('delete_after', '<=', now.toISOString()).executeTakeFirst();
    const hashes = await trx
      .updateTable('submissions')
      .set({ client_hash: null })
      .where('client_hash', 'is not', null)
      .where('created_at', '<', new Date(now.getTime() - HASH_MS).toISOString())
      .executeTakeFirst();
    const texts = await trx
      .updateTable('submissions')
      .set({ body: '', body_folded: null })
      .where('status', 'in', ['answered', 'published'])
      .where('updated_at', '<=', monthsBefore(now, months))
      .where('body', '!=', '')
      .executeTakeFirst();
    const gone = async (status: 'held' | 'spam', column: 'created_at' | 'updated_at', days: number) => {
      const rows = await trx
        .selectFrom('submissions')
        .select('reference')
        .where('status', '=', status)
        .where(column, '<=', daysBefore(now, days))
        .execute();
      for (const { reference } of rows) await deleteMessage(trx, reference);
      return rows.length;
    };
    const held = await gone('held', 'created_at', HELD_DAYS);
    const spam = await gone('spam', 'updated_at', SPAM_DAYS);
    const done = {
      contacts: Number(contacts.numDeletedRows),
      hashes: Number(hashes.numUpdatedRows),
      texts: Number(texts.numUpdatedRows),
      held,
      spam,
    };
    await trx
      .insertInto('job_runs')
      .values({ job: 'retention', ran_at: now.toISOString(), affected: done.contacts })
      .execute();
    return done;
  });
}

const deletions = ['delete', 'delete-by-resident'];

/** Every deletion the audit log records (the reference and who, never a text). */
export function recordedDeletions(db: Kysely<Database>): Promise<AuditTable[]> {
  return db.selectFrom('audit_log').selectAll().where('action', 'in', deletions).orderBy('at').execute();
}

/**
 * After a restore: the deletions made since the backup was taken (residents' own, the inbox's), read
 * from the database it replaced, made again, with their audit rows; then what the retention job would
 * have deleted since. A restore never brings back what a resident deleted.
 */
export async function reapplyDeletions(
  db: Kysely<Database>,
  made: AuditTable[],
  { now = new Date(), months }: { now?: Date; months: number },
): Promise<{ deletions: number; retention: RetentionDone }> {
  const deleted = await db.transaction().execute(async (trx) => {
    let count = 0;
    for (const row of made) {
      if (!row.reference) continue;
      if (await deleteMessage(trx, row.reference)) count++;
      const known = await trx.selectFrom('audit_log').select('id').where('id', '=', row.id).executeTakeFirst();
      if (!known) await trx.insertInto('audit_log').values(row).execute();
    }
    return count;
  });
  return { deletions: deleted, retention: await applyRetention(db, { now, months }) };
}
