import { describe, expect, it } from 'vitest';
import { readOutcome } from '@/lib/inbox/outcome-form';

// The inbox's form for what the coalition did with a message (lib/inbox/outcome-form.ts).
const choices = { recipients: ['commission'], since: '2026-03-01', today: '2026-03-10' };
const read = (fields: Record<string, string>) => {
  const { draft, ...result } = readOutcome(new URLSearchParams(fields), choices);
  // What was typed, to show again, whatever the answer.
  expect(draft.kind).toBe(fields.kind ?? '');
  return result;
};

describe('a step of what the coalition did', () => {
  it('is read with what each kind needs, and nothing it does not', () => {
    expect(read({ kind: 'passed-on', day: '2026-03-02', recipient: 'commission', same_as: 'K7QM-2XDA-9PTB' })).toEqual({
      ok: true,
      value: { kind: 'passed-on', day: '2026-03-02', recipient: 'commission', sameAs: null, note: null },
    });
    // Typed as staff write a day; a browser's date field would show its own order.
    expect(read({ kind: 'passed-on', day: '2.03.2026', recipient: 'commission' })).toMatchObject({
      ok: true,
      value: { day: '2026-03-02' },
    });
    expect(read({ kind: 'same-as', day: '2026-03-10', same_as: 'к7qм 2хda 9ртв', recipient: 'commission' })).toEqual({
      ok: true,
      value: { kind: 'same-as', day: '2026-03-10', recipient: null, sameAs: 'K7QM-2XDA-9PTB', note: null },
    });
    expect(read({ kind: 'not-supported', day: '2026-03-01', note_kk: ' Себебі\r\n ', note_ru: 'Причина' })).toEqual({
      ok: true,
      value: {
        kind: 'not-supported',
        day: '2026-03-01',
        recipient: null,
        sameAs: null,
        note: { kk: 'Себебі', ru: 'Причина' },
      },
    });
  });

  it('names the first problem and keeps what was typed', () => {
    const cases: [Record<string, string>, string][] = [
      [{ kind: '', day: '2026-03-02' }, 'outcomeKind'],
      [{ kind: 'passed-on', day: '2026-03-02' }, 'outcomeRecipient'],
      [{ kind: 'passed-on', day: '2026-03-02', recipient: 'akimat' }, 'outcomeRecipient'],
      [{ kind: 'not-supported', day: '2026-03-02', note_kk: 'Тек қазақша' }, 'outcomeReason'],
      [{ kind: 'taken-into-account', day: '2026-03-02', note_kk: 'Тек қазақша' }, 'outcomeNote'],
      [{ kind: 'taken-into-account', day: '2026-03-02', note_kk: 'ә'.repeat(2001), note_ru: 'я' }, 'outcomeNote'],
      [{ kind: 'same-as', day: '2026-03-02', same_as: '12-34' }, 'outcomeSameAs'],
      [{ kind: 'taken-into-account', day: '2026-02-30' }, 'outcomeDay'],
      [{ kind: 'taken-into-account', day: '30.02.2026' }, 'outcomeDay'],
      [{ kind: 'taken-into-account', day: '03/02/2026' }, 'outcomeDay'],
      [{ kind: 'taken-into-account', day: '2026-02-28' }, 'outcomeDay'],
      [{ kind: 'taken-into-account', day: '2026-03-11' }, 'outcomeDay'],
    ];
    for (const [fields, problem] of cases) {
      const result = read(fields);
      expect(result, problem).toMatchObject({ ok: false, problem });
    }
  });
});
