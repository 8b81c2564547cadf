import { createHash, createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import { foldText } from '@/lib/db/migrations';
import type { Database, SubmissionStatus } from '@/lib/db/schema';
import type { Send } from './form';
import type { Stamp } from './stamp';
import { addressKey } from './keys';
import { newReference } from './reference';
import { deleteMessage } from './retention';
import { type Actor, audit, resident } from '@/lib/inbox/audit';

/*
 * What residents send, kept (docs/residents-messages.md). Each submission is committed before its
 * reference number is shown; the same form sent again from the same address within minutes (a double
 * click, a reload, the back button: the same text, contact and the time nginx stamped into the page)
 * is the same submission, not a second one. Two residents behind one address who send the same
 * circulated text from pages of their own get references of their own. Likely spam is held back for a
 * person to look at, never dropped.
 */

/** The same text again within this time is the same submission. */
export const SAME_SUBMISSION_MS = 10 * 60_000;
/** The window of the spam checks. */
export const SPAM_WINDOW_MS = 60 * 60_000;
/** Sent sooner than this after the page was: likely a program. */
export const MIN_FILL_MS = 3_000;
/** More links than this: likely spam. */
export const MAX_LINKS = 2;

export type Sender = { address: string | null; now: Date };

/** A message as the store takes it: its form's stamp checked with the site's key (lib/feedback/stamp.ts), or none. */
export type Stamped = Omit<Send, 'started'> & { stamp: Stamp | null };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A keyed hash of the sender's address (the key kept outside the database: lib/feedback/keys.ts). */
function clientHash(address: string | null): string | null {
  return address ? createHmac('sha256', addressKey()).update(address).digest('hex') : null;
}

const links = (text: string) =>
  (text.match(/https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|net|org|ru|kz|info|xyz|top)\b/gi) ?? []).length;

/** Stores a submission; returns its reference (an earlier one's, when it is the same submission again). */
export async function saveSubmission(
  db: Kysely<Database>,
  send: Stamped,
  sender: Sender,
  { locale, retentionMonths }: { locale: string; retentionMonths: number },
): Promise<{ reference: string; status: SubmissionStatus; again: boolean }> {
  const client = clientHash(sender.address);
  const bodyHash = sha256(`${send.kind}\n${send.topic}\n${send.district}\n${send.event ?? ''}\n${send.text}`);
  const { stamp } = send;
  // One rendered form sent twice is one message; two forms are two, whatever their text and address.
  const sendHash = sha256(`${bodyHash}\n${stamp?.id ?? ''}\n${send.name ?? ''}\n${send.contact ?? ''}`);
  const now = sender.now.toISOString();
  const since = (ms: number) => new Date(sender.now.getTime() - ms).toISOString();

  return db.transaction().execute(async (trx) => {
    if (client) {
      const same = await trx
        .selectFrom('submissions')
        .select(['reference', 'status'])
        .where('client_hash', '=', client)
        .where('send_hash', '=', sendHash)
        .where('created_at', '>=', since(SAME_SUBMISSION_MS))
        .executeTakeFirst();
      if (same) return { reference: same.reference, status: same.status, again: true };
    }
    let held: string | null = null;
    if (send.honeypot) held = 'honeypot';
    // Sent back too soon after its form left, or with no stamp this site signed: a program, likely.
    else if (!stamp || sender.now.getTime() - stamp.at < MIN_FILL_MS) held = 'too-fast';
    else if (links(send.text) > MAX_LINKS) held = 'links';
    else if (client) {
      const repeated = await trx
        .selectFrom('submissions')
        .select('reference')
        .where('client_hash', '=', client)
        .where('body_hash', '=', bodyHash)
        .where('created_at', '>=', since(SPAM_WINDOW_MS))
        .executeTakeFirst();
      if (repeated) held = 'repeated';
    }
    const reference = newReference();
    const status: SubmissionStatus = held ? 'held' : 'new';
    await trx
      .insertInto('submissions')
      .values({
        reference,
        created_at: now,
        updated_at: now,
        locale,
        kind: send.kind,
        topic: send.topic,
        district: send.district,
        event: send.event,
        body: send.text,
        body_folded: foldText(send.text),
        status,
        held_reason: held,
        body_hash: bodyHash,
        send_hash: sendHash,
        client_hash: client,
      })
      .execute();
    if (send.name || send.contact) {
      const deleteAfter = new Date(sender.now);
      deleteAfter.setUTCMonth(deleteAfter.getUTCMonth() + retentionMonths);
      await trx
        .insertInto('contacts')
        .values({
          reference,
          name: send.name,
          contact: send.contact,
          consent_at: now,
          consent_version: CONSENT_VERSION,
          delete_after: deleteAfter.toISOString(),
        })
        .execute();
    }
    return { reference, status, again: false };
  });
}

/** The wording of the consent the page shows (messages, Feedback.consent): a new one gets a new version. */
export const CONSENT_VERSION = '2026-12-04';

export async function findSubmission(db: Kysely<Database>, reference: string) {
  return db
    .selectFrom('submissions')
    .select(['reference', 'created_at', 'status', 'kind'])
    .where('reference', '=', reference)
    .executeTakeFirst();
}

/**
 * Deletes a message, its contact details and its answer, and records the deletion in the audit log in
 * the same transaction (the reference only, never the text): by the resident, through the form, or by
 * an administrator in the inbox.
 */
export async function forgetSubmission(
  db: Kysely<Database>,
  reference: string,
  by: Actor = resident,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await deleteMessage(trx, reference))) return false;
    await audit(trx, by, by === resident ? 'delete-by-resident' : 'delete', { reference });
    return true;
  });
}
