import type { Kysely } from 'kysely';
import type { Database, OutcomeKind, SubmissionKind, SubmissionStatus } from '@/lib/db/schema';
import { outcomesOf } from './outcomes';

/*
 * What a resident who holds a reference may see of their message (app/[locale]/feedback/look): what
 * it was, where it stands, the answer, and what the coalition did with it; never who in the press
 * office did it, and of a message found the same as theirs only its steps, never its reference or text.
 */

export type Step = {
  kind: OutcomeKind;
  day: string;
  recipient: string | null;
  note: { kk: string; ru: string } | null;
  /** The same as another message: that message's own steps. */
  theirs?: Omit<Step, 'theirs'>[];
};

export type Looked =
  | {
      found: true;
      createdAt: string;
      kind: SubmissionKind;
      topic: string;
      district: string;
      event: string | null;
      status: SubmissionStatus;
      answer: { kk: string; ru: string; at: string } | null;
      published: { at: string; id: string } | null;
      steps: Step[];
    }
  | { found: false; deletedAt: string };

const stepOf = ({ kind, day, recipient, note }: Step): Step => ({ kind, day, recipient, note });

/** A message as its sender may see it; its deletion's day when it was deleted; undefined when never known. */
export async function lookUp(db: Kysely<Database>, reference: string): Promise<Looked | undefined> {
  const row = await db
    .selectFrom('submissions')
    .leftJoin('answers', 'answers.reference', 'submissions.reference')
    .select([
      'submissions.created_at',
      'submissions.kind',
      'submissions.topic',
      'submissions.district',
      'submissions.event',
      'submissions.status',
      'answers.answer_kk',
      'answers.answer_ru',
      'answers.answered_at',
      'answers.published_at',
      'answers.publication_id',
    ])
    .where('submissions.reference', '=', reference)
    .executeTakeFirst();
  if (!row) {
    // The audit log keeps a deletion's reference, never its text: enough to say it was deleted, and when.
    const deleted = await db
      .selectFrom('audit_log')
      .select('at')
      .where('reference', '=', reference)
      .where('action', 'in', ['delete', 'delete-by-resident'])
      .executeTakeFirst();
    return deleted ? { found: false, deletedAt: deleted.at } : undefined;
  }
  const steps: Step[] = [];
  for (const outcome of await outcomesOf(db, reference)) {
    const step = stepOf(outcome);
    if (outcome.sameAs)
      step.theirs = (await outcomesOf(db, outcome.sameAs)).filter((o) => o.kind !== 'same-as').map(stepOf);
    steps.push(step);
  }
  const answered = row.answer_kk !== null && row.answer_ru !== null && row.answered_at !== null;
  return {
    found: true,
    createdAt: row.created_at,
    kind: row.kind,
    topic: row.topic,
    district: row.district,
    event: row.event,
    status: row.status,
    answer: answered ? { kk: row.answer_kk!, ru: row.answer_ru!, at: row.answered_at! } : null,
    published:
      row.published_at !== null && row.publication_id !== null
        ? { at: row.published_at, id: row.publication_id }
        : null,
    steps,
  };
}
