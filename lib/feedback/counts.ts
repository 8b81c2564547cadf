import type { Kysely } from 'kysely';
import type { Database, SubmissionStatus } from '@/lib/db/schema';

/*
 * "N questions and opinions received, M answered", in all, by territory and by topic: counts only,
 * read from the database when the pages are built (every day: deploy/systemd/qyzylorda-build.timer),
 * with the moment they were counted. Held-back and spam messages are not counted.
 */

const RECEIVED: SubmissionStatus[] = ['new', 'in-progress', 'answered', 'published'];
const ANSWERED: SubmissionStatus[] = ['answered', 'published'];

export type Tally = { received: number; answered: number };
export type FeedbackCounts = {
  countedAt: string;
  total: Tally;
  byDistrict: Record<string, Tally>;
  byTopic: Record<string, Tally>;
};

export async function countFeedback(db: Kysely<Database>, now = new Date()): Promise<FeedbackCounts> {
  const rows = await db
    .selectFrom('submissions')
    .select(['district', 'topic', 'status', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('status', 'in', RECEIVED)
    .groupBy(['district', 'topic', 'status'])
    .execute();
  const counts: FeedbackCounts = {
    countedAt: now.toISOString(),
    total: { received: 0, answered: 0 },
    byDistrict: {},
    byTopic: {},
  };
  for (const row of rows) {
    const n = Number(row.n);
    const answered = ANSWERED.includes(row.status) ? n : 0;
    for (const tally of [
      counts.total,
      (counts.byDistrict[row.district] ??= { received: 0, answered: 0 }),
      (counts.byTopic[row.topic] ??= { received: 0, answered: 0 }),
    ]) {
      tally.received += n;
      tally.answered += answered;
    }
  }
  return counts;
}
