import { z } from 'zod';
import { cleanText, formText } from '@/lib/http/form-text';
import type { AnswerText } from './submissions';

/** The longest question or answer the inbox takes, each language apart. */
export const ANSWER_LIMIT = 4_000;

const text = formText({ max: ANSWER_LIMIT, tooLong: 'tooLong', missing: 'missing' });
const schema = z.object({ question_kk: text, question_ru: text, answer_kk: text, answer_ru: text });
type Draft = Record<keyof z.output<typeof schema>, string>;

/** An answer as its form sent it: all four texts, each within the limit, or what was typed to show again. */
export function readAnswer(form: URLSearchParams): { ok: true; value: AnswerText } | { ok: false; draft: Draft } {
  const sent = Object.fromEntries(Object.keys(schema.shape).map((name) => [name, form.get(name) ?? '']));
  const read = schema.safeParse(sent);
  if (!read.success) {
    return { ok: false, draft: Object.fromEntries(Object.entries(sent).map(([n, v]) => [n, cleanText(v)])) as Draft };
  }
  const { question_kk, question_ru, answer_kk, answer_ru } = read.data;
  return {
    ok: true,
    value: { question: { kk: question_kk, ru: question_ru }, answer: { kk: answer_kk, ru: answer_ru } },
  };
}
