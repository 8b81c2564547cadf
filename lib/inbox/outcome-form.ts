import { z } from 'zod';
import { outcomeKinds } from '@/lib/db/schema';
import type { NewOutcome } from '@/lib/feedback/outcomes';
import { readReference } from '@/lib/feedback/reference';
import { formDay, formText } from '@/lib/http/form-text';

/** The longest note (a reason, or how a proposal was taken into account), each language apart. */
export const NOTE_LIMIT = 2_000;

export type OutcomeProblem =
  'outcomeKind' | 'outcomeDay' | 'outcomeRecipient' | 'outcomeSameAs' | 'outcomeReason' | 'outcomeNote';
export type OutcomeDraft = Record<'kind' | 'day' | 'recipient' | 'same_as' | 'note_kk' | 'note_ru', string>;

const note = formText({ max: NOTE_LIMIT, tooLong: 'outcomeNote' });
const day = formDay('outcomeDay');

const schema = z
  .object({
    kind: z.enum(outcomeKinds, { message: 'outcomeKind' }),
    day,
    recipient: z.string().optional(),
    same_as: z.string().optional(),
    note_kk: note,
    note_ru: note,
  })
  .transform((sent, ctx): NewOutcome => {
    const both = sent.note_kk !== '' && sent.note_ru !== '';
    // A reason in one language and not the other would leave half the residents without it.
    if ((sent.note_kk === '') !== (sent.note_ru === '') || (sent.kind === 'not-supported' && !both))
      ctx.addIssue({ code: 'custom', message: sent.kind === 'not-supported' ? 'outcomeReason' : 'outcomeNote' });
    const sameAs = sent.kind === 'same-as' ? (readReference(sent.same_as ?? '') ?? null) : null;
    if (sent.kind === 'same-as' && !sameAs) ctx.addIssue({ code: 'custom', message: 'outcomeSameAs' });
    const recipient = sent.kind === 'passed-on' ? sent.recipient || null : null;
    if (sent.kind === 'passed-on' && !recipient) ctx.addIssue({ code: 'custom', message: 'outcomeRecipient' });
    return {
      kind: sent.kind,
      day: sent.day,
      recipient,
      sameAs,
      note: both ? { kk: sent.note_kk, ru: sent.note_ru } : null,
    };
  });

/**
 * A step as the inbox's form sent it, checked against what the form offers (the recipients of the
 * content) and its days (from the message's arrival, `since`, to today); or the first problem and
 * what was typed (to show again, whatever the answer).
 */
export function readOutcome(
  form: URLSearchParams,
  { recipients, since, today }: { recipients: readonly string[]; since: string; today: string },
): { draft: OutcomeDraft } & ({ ok: true; value: NewOutcome } | { ok: false; problem: OutcomeProblem }) {
  const draft = Object.fromEntries(
    (['kind', 'day', 'recipient', 'same_as', 'note_kk', 'note_ru'] as const).map((name) => [
      name,
      form.get(name) ?? '',
    ]),
  ) as OutcomeDraft;
  const read = schema.safeParse(draft);
  const fail = (problem: OutcomeProblem) => ({ ok: false as const, problem, draft });
  if (!read.success) {
    const message = read.error.issues[0]?.message;
    const known: OutcomeProblem[] = [
      'outcomeKind',
      'outcomeDay',
      'outcomeRecipient',
      'outcomeSameAs',
      'outcomeReason',
      'outcomeNote',
    ];
    return fail(known.find((p) => p === message) ?? 'outcomeKind');
  }
  if (read.data.day > today || read.data.day < since) return fail('outcomeDay');
  if (read.data.recipient && !recipients.includes(read.data.recipient)) return fail('outcomeRecipient');
  return { ok: true, value: read.data, draft };
}
