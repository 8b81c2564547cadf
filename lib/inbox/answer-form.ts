import type { AnswerText } from './submissions';

/** The longest question or answer the inbox takes, each language apart. */
export const ANSWER_LIMIT = 4_000;
/** The largest form the inbox takes (nginx's limit too): four such texts, percent-encoded. */
export const INBOX_BODY_BYTES = 128 * 1024;

const fields = ['question_kk', 'question_ru', 'answer_kk', 'answer_ru'] as const;

/** An answer as its form sent it: all four texts, each within the limit, or what was typed to show again. */
export function readAnswer(
  form: URLSearchParams,
): { ok: true; value: AnswerText } | { ok: false; draft: Record<(typeof fields)[number], string> } {
  // Line ends as one; control characters but line breaks and tabs removed.
  const get = (name: string) =>
    (form.get(name) ?? '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim();
  const draft = Object.fromEntries(fields.map((f) => [f, get(f)])) as Record<(typeof fields)[number], string>;
  if (fields.some((f) => draft[f] === '' || draft[f].length > ANSWER_LIMIT)) return { ok: false, draft };
  return {
    ok: true,
    value: {
      question: { kk: draft.question_kk, ru: draft.question_ru },
      answer: { kk: draft.answer_kk, ru: draft.answer_ru },
    },
  };
}
