import type { Kysely } from 'kysely';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reports } from '@/lib/content/kinds/reports';
import { openDatabase } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { recordOutcome } from '@/lib/feedback/outcomes';
import { saveSubmission } from '@/lib/feedback/store';
import { saveAnswer, setStatus } from '@/lib/inbox/submissions';
import { reportFile } from '@/lib/reports/file';
import { reportFigures, reportItems, shownCounts } from '@/lib/reports/figures';
import { send, testDatabases } from '../databases';

/*
 * A report's figures and proposals as counted from the database (lib/reports/figures.ts), on both
 * kinds of database: the period's days in Kyzylorda, held and spam left out, no group under 5 shown
 * (nor the one that would give it away), and the file the inbox proposes read back by the kind.
 */

const { backends } = testDatabases('reports-db');
const editor = { name: 'Редактор', subject: 'editor', role: 'editor' };
const options = { locale: 'kk', retentionMonths: 12 };

let sent = 0;
async function message(db: Kysely<Database>, at: string, more: Parameters<typeof send>[1] = {}) {
  sent += 1;
  const { reference } = await saveSubmission(
    db,
    send(`Хабарлама ${sent}`, more),
    { address: `10.1.0.${sent}`, now: new Date(at) },
    options,
  );
  return reference;
}

describe('shown counts', () => {
  it('leaves out empty groups and those under 5, and the next smallest where only one was hidden', () => {
    expect(
      shownCounts(
        'k',
        new Map([
          ['a', 12],
          ['b', 0],
          ['c', 7],
          ['d', 3],
        ]),
      ),
    ).toEqual([{ k: 'a', count: 12 }, { k: 'c' }, { k: 'd' }]);
    expect(
      shownCounts(
        'k',
        new Map([
          ['a', 12],
          ['c', 2],
          ['d', 3],
        ]),
      ),
      // Two hidden already: nothing more to hide.
    ).toEqual([{ k: 'a', count: 12 }, { k: 'd' }, { k: 'c' }]);
    expect(
      shownCounts(
        'k',
        new Map([
          ['a', 5],
          ['b', 5],
        ]),
      ),
    ).toEqual([
      { k: 'a', count: 5 },
      { k: 'b', count: 5 },
    ]);
  });
});

describe.each(backends)('a report, on $name', ({ fresh }) => {
  it('counts the period’s messages and sums up its proposals, nothing personal in the file', async () => {
    const db = await openDatabase(fresh());
    try {
      // March 2026 in Kyzylorda (UTC+5): its first moment is 29 February 19:00 UTC.
      await message(db, '2026-02-29T18:59:00Z'.replace('02-29', '02-28'));
      const early = await message(db, '2026-02-28T19:00:00Z', { kind: 'proposal', district: 'kyzylorda-city' });
      const proposals: string[] = [];
      for (let i = 0; i < 6; i++)
        proposals.push(
          await message(db, `2026-03-1${i}T08:00:00Z`, {
            kind: 'proposal',
            district: 'kyzylorda-city',
            topic: 'values',
          }),
        );
      for (let i = 0; i < 3; i++)
        await message(db, `2026-03-20T08:0${i}:00Z`, { kind: 'opinion', district: 'aral', topic: 'none' });
      const spam = await message(db, '2026-03-21T08:00:00Z');
      await setStatus(db, spam, 'spam');
      await message(db, '2026-03-31T19:00:00Z'); // 1 April in Kyzylorda: outside.

      const [lead, same1, same2] = proposals;
      await saveAnswer(
        db,
        lead!,
        { question: { kk: 'Ұсыныс', ru: 'Предложение' }, answer: { kk: 'Ұстаным', ru: 'Позиция' } },
        'Редактор',
      );
      await recordOutcome(
        db,
        lead!,
        { kind: 'passed-on', day: '2026-03-25', recipient: 'commission', sameAs: null, note: null },
        editor,
      );
      for (const other of [same1!, same2!])
        await recordOutcome(
          db,
          other,
          { kind: 'same-as', day: '2026-03-26', recipient: null, sameAs: lead!, note: null },
          editor,
        );
      await saveAnswer(
        db,
        early,
        { question: { kk: 'Ерте', ru: 'Раннее' }, answer: { kk: 'Жоқ', ru: 'Нет' } },
        'Редактор',
      );
      await recordOutcome(
        db,
        early,
        {
          kind: 'not-supported',
          day: '2026-03-02',
          recipient: null,
          sameAs: null,
          note: { kk: 'Себебі', ru: 'Причина' },
        },
        editor,
      );

      const period = { from: '2026-03-01', to: '2026-03-31' };
      const figures = await reportFigures(db, period);
      expect(figures.received).toBe(10);
      // 7 and 3 of 10: the 7 would give the 3 away.
      expect(figures.kinds).toEqual([{ kind: 'proposal' }, { kind: 'opinion' }]);
      expect(figures.districts).toEqual([{ district: 'kyzylorda-city' }, { district: 'aral' }]);
      expect(figures.topics).toEqual([{ topic: 'values', count: 6 }, { topic: 'none' }, { topic: 'other' }]);
      expect(figures.outcomes).toEqual([
        { outcome: 'none', count: 6 },
        { outcome: 'same-as' },
        { outcome: 'not-supported' },
        { outcome: 'passed-on' },
      ]);

      const items = await reportItems(db, period, { questions: new Set() });
      expect(items).toEqual([
        {
          proposal: { kk: 'Ерте', ru: 'Раннее' },
          position: { kk: 'Жоқ', ru: 'Нет' },
          messages: 1,
          outcome: 'not-supported',
          day: '2026-03-02',
          reason: { kk: 'Себебі', ru: 'Причина' },
        },
        // Found the same: counted in this one's messages, never an item of their own.
        {
          proposal: { kk: 'Ұсыныс', ru: 'Предложение' },
          position: { kk: 'Ұстаным', ru: 'Позиция' },
          messages: 3,
          outcome: 'passed-on',
          recipient: 'commission',
          day: '2026-03-25',
          topic: 'values',
        },
        // Four more proposals, not answered for publication: counted, not summed up.
      ]);

      const file = reportFile('2026-03-31-abcdefgh', {
        title: { kk: 'Наурыз', ru: 'Март' },
        ...period,
        counted: '2026-04-01',
        figures,
        items,
      });
      expect(file.path).toBe('content/reports/2026-03-31-abcdefgh.yaml');
      for (const reference of [lead, early, ...proposals]) expect(file.content).not.toContain(reference!);
      expect(file.content).not.toContain('Хабарлама');
      // What the content reads back: the kind's own fields take it as written.
      const read = reports.fields.safeParse(parse(file.content));
      expect(read.success, JSON.stringify(read.error?.issues)).toBe(true);
    } finally {
      await db.destroy();
    }
  }, 60_000);
});
