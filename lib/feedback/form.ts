import { z } from 'zod';
import { type SubmissionKind, submissionKinds } from '@/lib/db/schema';
import { cleanText, formText } from '@/lib/http/form-text';
import { readReference } from './reference';

/*
 * The residents' form (app/[locale]/feedback) as the server reads it: each field cleaned and checked,
 * each problem named by its field, for the page to show at the field and in the summary at the top.
 * Nothing personal is required; a name or a contact needs consent, and is asked for only when the
 * content names the operator of personal data (content/contact).
 */

export const TEXT_LIMIT = 2000;
/** A whole form posted: at most this (nginx's client_max_body_size, and the handler's own limit). */
export const MAX_BODY_BYTES = 16 * 1024;
export const NAME_LIMIT = 100;
export const CONTACT_LIMIT = 254;
/** A topic or territory the resident chose outside the content's list: "other". */
export const OTHER = 'other';
/** None chosen (the lists start so): counted apart from "other". */
export const UNCHOSEN = 'none';
/** A topic or territory as the content names it; nothing for "other" or none chosen. */
export const contentChoice = (value: string | null) =>
  value && value !== OTHER && value !== UNCHOSEN ? value : undefined;

/** The fields, in the order of the page; the honeypot and the time stamp are not the resident's. */
export const feedbackFields = ['kind', 'topic', 'district', 'text', 'name', 'contact', 'consent', 'reference'] as const;
export type FeedbackField = (typeof feedbackFields)[number];
export const HONEYPOT = 'website';
export const STARTED = 'started';

export type FeedbackProblem =
  | 'kind'
  | 'topic'
  | 'district'
  | 'textMissing'
  | 'textTooLong'
  | 'nameTooLong'
  | 'contactInvalid'
  | 'consentMissing'
  | 'referenceMissing'
  | 'referenceInvalid'
  /** The database failed: nothing was kept, the text is sent back to be sent again. */
  | 'notSaved';

export type Send = {
  intent: 'send';
  kind: SubmissionKind;
  topic: string;
  district: string;
  event: string | null;
  text: string;
  name: string | null;
  contact: string | null;
  /** The honeypot was filled: a program, most likely. */
  honeypot: boolean;
  /** The form's stamp as sent back (lib/feedback/stamp.ts), read by the store with the site's key. */
  started: string;
};
export type Forget = { intent: 'forget'; reference: string };

export type Choices = {
  topics: readonly string[];
  districts: readonly string[];
  events: ReadonlySet<string>;
  /** Whether the page asks for a name and a contact (an operator of personal data is named). */
  contacts: boolean;
};

export type Read =
  | { ok: true; value: Send | Forget }
  | {
      ok: false;
      intent: 'send' | 'forget';
      values: Record<string, string>;
      problems: Partial<Record<FeedbackField, FeedbackProblem>>;
    };

/** A phone number (written with +7 or 8, spaces, brackets, dashes) or an e-mail address, as stored. */
export function readContact(value: string): string | undefined {
  const text = value.trim();
  if (text.length > CONTACT_LIMIT) return undefined;
  if (text.includes('@'))
    return /^[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u.test(text) ? text : undefined;
  if (!/^\+?[\d\s()-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (/^[78]\d{10}$/.test(digits)) return `+7${digits.slice(1)}`;
  return text.startsWith('+') && digits.length >= 8 && digits.length <= 15 ? `+${digits}` : undefined;
}

/** What the form's fields must be, for the topics, territories and events the content has. */
function sendSchema(choices: Choices) {
  const cleaned = z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ''));
  const chosen = (values: readonly string[], problem: FeedbackProblem) =>
    cleaned
      .transform((v) => v || UNCHOSEN)
      .refine((v) => v === UNCHOSEN || v === OTHER || values.includes(v), { message: problem });
  // Without an operator the page asks for neither name nor contact; whatever arrives in them is not kept.
  const personal = <T extends z.ZodType>(schema: T) => (choices.contacts ? schema : cleaned.transform(() => ''));
  return z.object({
    // Volunteering is offered only where the page can take a contact to answer it by.
    kind: cleaned
      .transform((v) => v || 'question')
      .pipe(z.enum(submissionKinds, { message: 'kind' }))
      .refine((kind) => choices.contacts || kind !== 'volunteer', { message: 'kind' }),
    topic: chosen(choices.topics, 'topic'),
    district: chosen(choices.districts, 'district'),
    event: cleaned.transform((v) => (v && choices.events.has(v) ? v : null)),
    text: formText({ max: TEXT_LIMIT, tooLong: 'textTooLong', missing: 'textMissing' }),
    name: personal(formText({ max: NAME_LIMIT, tooLong: 'nameTooLong' })),
    contact: personal(
      cleaned
        .refine((v) => v === '' || readContact(v) !== undefined, { message: 'contactInvalid' })
        .transform((v) => (v ? readContact(v)! : '')),
    ),
    [HONEYPOT]: cleaned.transform((v) => v !== ''),
    // The form's signed stamp (lib/feedback/stamp.ts): checked with the site's key where it is kept.
    [STARTED]: cleaned.transform((v) => v.slice(0, 100)),
  });
}

/** What was typed into the form's fields, to put back into them (a form sent back). */
export function typedValues(form: URLSearchParams): Record<string, string> {
  const values = Object.fromEntries(feedbackFields.map((f) => [f, form.get(f) ?? '']));
  values.event = form.get('event') ?? '';
  // The form's stamp goes back with it: corrected and sent again, it is the same form.
  values[STARTED] = form.get(STARTED) ?? '';
  return values;
}

export function readFeedback(form: URLSearchParams, choices: Choices): Read {
  const values = typedValues(form);
  const problems: Partial<Record<FeedbackField, FeedbackProblem>> = {};

  if (form.get('intent') === 'forget') {
    const typed = cleanText(form.get('reference') ?? '');
    const reference = readReference(typed);
    if (!reference) problems.reference = typed ? 'referenceInvalid' : 'referenceMissing';
    if (!reference) return { ok: false, intent: 'forget', values, problems };
    return { ok: true, value: { intent: 'forget', reference } };
  }

  const read = sendSchema(choices).safeParse(Object.fromEntries(form));
  for (const issue of read.error?.issues ?? [])
    problems[issue.path[0] as FeedbackField] ??= issue.message as FeedbackProblem;
  // A name or a contact, even one mistyped, needs consent.
  const personal = choices.contacts && (cleanText(form.get('name') ?? '') || cleanText(form.get('contact') ?? ''));
  if (personal && form.get('consent') !== 'yes') problems.consent = 'consentMissing';

  if (!read.success || Object.keys(problems).length > 0) return { ok: false, intent: 'send', values, problems };
  const { name, contact, [HONEYPOT]: honeypot, [STARTED]: started, ...rest } = read.data;
  return {
    ok: true,
    value: { intent: 'send', ...rest, name: name || null, contact: contact || null, honeypot, started },
  };
}
