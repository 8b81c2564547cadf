import { type Kysely, sql } from 'kysely';
import type { Database } from '@/lib/db/schema';
import {
  type Count,
  type Figures,
  type ItemOutcome,
  type ReportItem,
  type ReportOutcome,
  SMALLEST_SHOWN,
} from '@/lib/content/kinds/reports';
import { contentChoice } from '@/lib/feedback/form';
import { isoDateInZone, storedDayEnd, storedDayStart } from '@/lib/format/dates';

/*
 * A report's figures and items (lib/content/kinds/reports.ts), counted from the database for a period
 * of days in Kyzylorda: the messages that arrived in it, held-back and spam ones left out. Nothing
 * leaves the database but counts and what the press office wrote for publication.
 */

export type Period = { from: string; to: string };

/**
 * Groups as a report shows them: the empty ones out, the largest first, and no count under
 * SMALLEST_SHOWN; where that hides one group alone, the next smallest is hidden too, so that the
 * total does not give the first away.
 */
export function shownCounts<K extends string>(key: K, counts: Map<string, number>): (Record<K, string> & Count)[] {
  const rows = [...counts].filter(([, n]) => n > 0).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  const hidden = new Set(rows.filter(([, n]) => n < SMALLEST_SHOWN).map(([k]) => k));
  if (hidden.size === 1) {
    const next = rows.filter(([k]) => !hidden.has(k)).at(-1);
    if (next) hidden.add(next[0]);
  }
  return rows.map(([k, n]) => ({ [key]: k, ...(hidden.has(k) ? {} : { count: n }) }) as Record<K, string> & Count);
}

const tally = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

function inPeriod(db: Kysely<Database>, { from, to }: Period) {
  return db
    .selectFrom('submissions as s')
    .where('s.created_at', '>=', storedDayStart(from)!)
    .where('s.created_at', '<', storedDayEnd(to)!)
    .where('s.status', 'not in', ['held', 'spam']);
}

/** The figures of a period: by kind, topic, territory and where each message stands. */
export async function reportFigures(db: Kysely<Database>, period: Period): Promise<Figures> {
  const rows = await inPeriod(db, period)
    .select((eb) => [
      's.kind',
      's.topic',
      's.district',
      's.status',
      eb
        .selectFrom('outcomes as o')
        .select('o.kind')
        .whereRef('o.reference', '=', 's.reference')
        .orderBy('o.day', 'desc')
        .orderBy('o.recorded_at', 'desc')
        .limit(1)
        .as('step'),
      eb.fn.countAll<number | string | bigint>().as('n'),
    ])
    .groupBy(['s.kind', 's.topic', 's.district', 's.status', sql.ref('step')])
    .execute();
  const kinds = new Map<string, number>();
  const topics = new Map<string, number>();
  const districts = new Map<string, number>();
  const outcomes = new Map<string, number>();
  let received = 0;
  for (const row of rows) {
    const n = Number(row.n);
    received += n;
    tally(kinds, row.kind, n);
    tally(topics, row.topic, n);
    tally(districts, row.district, n);
    const answered = row.status === 'answered' || row.status === 'published';
    const outcome: ReportOutcome = row.step ?? (answered ? 'answered' : 'none');
    tally(outcomes, outcome, n);
  }
  return {
    received,
    kinds: shownCounts('kind', kinds),
    topics: shownCounts('topic', topics),
    districts: shownCounts('district', districts),
    outcomes: shownCounts('outcome', outcomes) as Figures['outcomes'],
  };
}

/**
 * The proposals of a period as the report sums them up: each message the press office answered for
 * publication that is a proposal or had a step recorded (never one found the same as another: it
 * counts in that one's number), with its last step.
 */
export async function reportItems(
  db: Kysely<Database>,
  period: Period,
  { questions }: { questions: ReadonlySet<string> },
): Promise<ReportItem[]> {
  const rows = await inPeriod(db, period)
    .innerJoin('answers as a', 'a.reference', 's.reference')
    .select([
      's.reference',
      's.kind',
      's.topic',
      's.event',
      's.created_at',
      'a.question_kk',
      'a.question_ru',
      'a.answer_kk',
      'a.answer_ru',
      'a.publication_id',
    ])
    .orderBy('s.created_at')
    .execute();
  const references = rows.map((r) => r.reference);
  if (references.length === 0) return [];
  const steps = await db
    .selectFrom('outcomes')
    .selectAll()
    .where((eb) => eb.or([eb('reference', 'in', references), eb('same_as', 'in', references)]))
    .orderBy('day')
    .orderBy('recorded_at')
    .execute();
  const items: ReportItem[] = [];
  for (const row of rows) {
    const own = steps.filter((s) => s.reference === row.reference);
    if (own.some((s) => s.kind === 'same-as')) continue;
    const last = own.at(-1);
    if (!last && row.kind !== 'proposal') continue;
    const same = new Set(
      steps.filter((s) => s.same_as === row.reference && s.kind === 'same-as').map((s) => s.reference),
    );
    const outcome: ItemOutcome = (last?.kind as ItemOutcome | undefined) ?? 'under-consideration';
    const note = last?.note_kk && last.note_ru ? { kk: last.note_kk, ru: last.note_ru } : undefined;
    items.push({
      proposal: { kk: row.question_kk, ru: row.question_ru },
      position: { kk: row.answer_kk, ru: row.answer_ru },
      messages: 1 + same.size,
      outcome,
      ...(last?.recipient ? { recipient: last.recipient } : {}),
      ...(last ? { day: last.day } : {}),
      ...(note && outcome === 'not-supported' ? { reason: note } : {}),
      ...(contentChoice(row.topic) ? { topic: row.topic } : {}),
      ...(row.event ? { event: row.event } : {}),
      ...(row.publication_id && questions.has(row.publication_id) ? { question: row.publication_id } : {}),
    });
  }
  return items;
}

/** Today in Kyzylorda: the day a report is counted on. */
export const countedToday = (now = new Date()) => isoDateInZone(now.toISOString());
