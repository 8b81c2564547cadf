import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import { foldText } from '@/lib/db/migrations';
import type { Database, SubmissionStatus } from '@/lib/db/schema';
import { readReference } from '@/lib/feedback/reference';
import { storedDayEnd, storedDayStart } from '@/lib/format/dates';
import type { InboxFilter } from './filters';

/*
 * What the inbox reads and changes of residents' submissions (docs/inbox.md). Contact details are
 * read only by `contactsOf`, which the route calls for an administrator and records in the audit log.
 */

export const INBOX_PAGE_SIZE = 25;

/** The statuses a person sets; answered and published follow from the answer and its publication. */
export const settableStatuses = ['new', 'in-progress', 'held', 'spam'] as const satisfies readonly SubmissionStatus[];

type Query = SelectQueryBuilder<Database, 'submissions', object>;

/** LIKE's own characters in what was typed, taken literally. */
const likeText = (text: string) => `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function filtered(query: Query, filter: InboxFilter): Query {
  let q = query;
  if (filter.status) q = q.where('submissions.status', '=', filter.status);
  if (filter.district) q = q.where('submissions.district', '=', filter.district);
  if (filter.topic) q = q.where('submissions.topic', '=', filter.topic);
  if (filter.kind) q = q.where('submissions.kind', '=', filter.kind);
  if (filter.event) q = q.where('submissions.event', '=', filter.event);
  // Days in Kyzylorda: from its first moment to the first moment of the day after `to`.
  if (filter.from) q = q.where('submissions.created_at', '>=', storedDayStart(filter.from)!);
  if (filter.to) q = q.where('submissions.created_at', '<', storedDayEnd(filter.to)!);
  if (filter.q) {
    const text = filter.q;
    q = q.where((eb) =>
      eb.or([
        // The escape character said: SQLite has none by default.
        sql<boolean>`${eb.ref('submissions.body_folded')} like ${likeText(text)} escape '\\'`,
        eb('submissions.reference', '=', readReference(text) ?? text.toUpperCase()),
      ]),
    );
  }
  return q;
}

export async function listSubmissions(db: Kysely<Database>, filter: InboxFilter, page: number) {
  const base = filtered(db.selectFrom('submissions'), filter);
  const [rows, total] = await Promise.all([
    base
      .leftJoin('contacts', 'contacts.reference', 'submissions.reference')
      .select([
        'submissions.reference',
        'submissions.created_at',
        'submissions.kind',
        'submissions.topic',
        'submissions.district',
        'submissions.event',
        'submissions.status',
        'submissions.held_reason',
        'submissions.body',
        'contacts.reference as contact_reference',
      ])
      .orderBy('submissions.created_at', 'desc')
      .orderBy('submissions.reference', 'desc')
      .limit(INBOX_PAGE_SIZE)
      .offset((page - 1) * INBOX_PAGE_SIZE)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map(({ contact_reference, ...row }) => ({ ...row, hasContact: contact_reference !== null })),
    total: Number(total.n),
  };
}
export type ListedSubmission = Awaited<ReturnType<typeof listSubmissions>>['rows'][number];

export async function submissionOf(db: Kysely<Database>, reference: string) {
  const row = await db
    .selectFrom('submissions')
    .leftJoin('contacts', 'contacts.reference', 'submissions.reference')
    .leftJoin('answers', 'answers.reference', 'submissions.reference')
    .select([
      'submissions.reference',
      'submissions.created_at',
      'submissions.locale',
      'submissions.kind',
      'submissions.topic',
      'submissions.district',
      'submissions.event',
      'submissions.body',
      'submissions.status',
      'submissions.held_reason',
      'contacts.reference as contact_reference',
      'contacts.delete_after',
      'answers.question_kk',
      'answers.question_ru',
      'answers.answer_kk',
      'answers.answer_ru',
      'answers.answered_by',
      'answers.answered_at',
      'answers.published_at',
      'answers.publication_url',
      'answers.publication_id',
    ])
    .where('submissions.reference', '=', reference)
    .executeTakeFirst();
  if (!row) return undefined;
  const { contact_reference, question_kk, question_ru, answer_kk, answer_ru, answered_by, answered_at, ...rest } = row;
  return {
    ...rest,
    hasContact: contact_reference !== null,
    answer:
      question_kk !== null && question_ru !== null && answer_kk !== null && answer_ru !== null
        ? {
            question: { kk: question_kk, ru: question_ru },
            answer: { kk: answer_kk, ru: answer_ru },
            by: answered_by!,
            at: answered_at!,
          }
        : undefined,
  };
}
export type SubmissionDetail = NonNullable<Awaited<ReturnType<typeof submissionOf>>>;

/** A submission's contact details: only for an administrator, each reading recorded by the caller. */
export async function contactsOf(db: Kysely<Database>, reference: string) {
  return db
    .selectFrom('contacts')
    .select(['name', 'contact', 'consent_at', 'consent_version', 'delete_after'])
    .where('reference', '=', reference)
    .executeTakeFirst();
}

export async function setStatus(db: Kysely<Database>, reference: string, status: SubmissionStatus, now = new Date()) {
  const { numUpdatedRows } = await db
    .updateTable('submissions')
    .set({ status, updated_at: now.toISOString() })
    .where('reference', '=', reference)
    .executeTakeFirst();
  return numUpdatedRows > 0n;
}

export type AnswerText = { question: { kk: string; ru: string }; answer: { kk: string; ru: string } };

/** Keeps the answer (a new one replaces the last) and marks the submission answered. */
export async function saveAnswer(
  db: Kysely<Database>,
  reference: string,
  text: AnswerText,
  by: string,
  now = new Date(),
): Promise<void> {
  const at = now.toISOString();
  const values = {
    question_kk: text.question.kk,
    question_ru: text.question.ru,
    answer_kk: text.answer.kk,
    answer_ru: text.answer.ru,
    answered_by: by,
    answered_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('answers')
      .values({ reference, ...values, published_at: null, publication_url: null, publication_id: null })
      .onConflict((oc) => oc.column('reference').doUpdateSet(values))
      .execute();
    await trx
      .updateTable('submissions')
      .set({ status: 'answered', updated_at: at })
      .where('reference', '=', reference)
      .execute();
  });
}

/**
 * The answer's public id, made at its first publication and kept, so that sending it again names the
 * same file and branch. Random (lib/inbox/publish.ts: newPublicationId), never derived from the reference.
 */
export async function publicationIdOf(db: Kysely<Database>, reference: string, made: string): Promise<string> {
  await db
    .updateTable('answers')
    .set({ publication_id: made })
    .where('reference', '=', reference)
    .where('publication_id', 'is', null)
    .execute();
  const row = await db
    .selectFrom('answers')
    .select('publication_id')
    .where('reference', '=', reference)
    .executeTakeFirstOrThrow();
  return row.publication_id!;
}

export async function markPublished(db: Kysely<Database>, reference: string, url: string, now = new Date()) {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('answers')
      .set({ published_at: at, publication_url: url })
      .where('reference', '=', reference)
      .execute();
    await trx
      .updateTable('submissions')
      .set({ status: 'published', updated_at: at })
      .where('reference', '=', reference)
      .execute();
  });
}

/** The retention job's last run, for the inbox to show (lib/feedback/retention.ts: applyRetention). */
export async function lastRetentionRun(db: Kysely<Database>) {
  return db
    .selectFrom('job_runs')
    .select(['ran_at', 'affected'])
    .where('job', '=', 'retention')
    .orderBy('ran_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
