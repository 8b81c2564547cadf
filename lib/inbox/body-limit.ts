/**
 * The largest form the inbox takes (nginx's limit, and Next's for its server actions): an answer's
 * four texts (lib/inbox/answer-form.ts: ANSWER_LIMIT each) and the form's own fields, encoded.
 * Relative imports only: next.config.ts reads this file.
 */
export const INBOX_BODY_BYTES = 128 * 1024;
