import { type SubmissionKind, submissionKinds } from '@/lib/db/schema';
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
/** Anything not a topic or territory of the content: "other". */
export const OTHER = 'other';

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
  | 'referenceInvalid';

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
  /** When the page was sent to the browser, in ms (nginx stamps it in seconds: $msec), if known. */
  startedAt: number | null;
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

/** Control characters out (tabs and line breaks stay), line breaks as \n, no space at either end. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .trim();
}

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

export function readFeedback(form: URLSearchParams, choices: Choices): Read {
  const get = (name: string) => cleanText(form.get(name) ?? '');
  const values = Object.fromEntries(feedbackFields.map((f) => [f, form.get(f) ?? '']));
  values.event = form.get('event') ?? '';
  const problems: Partial<Record<FeedbackField, FeedbackProblem>> = {};

  if (form.get('intent') === 'forget') {
    const typed = get('reference');
    const reference = readReference(typed);
    if (!reference) problems.reference = typed ? 'referenceInvalid' : 'referenceMissing';
    if (!reference) return { ok: false, intent: 'forget', values, problems };
    return { ok: true, value: { intent: 'forget', reference } };
  }

  const kind = get('kind') || 'question';
  if (!(submissionKinds as readonly string[]).includes(kind)) problems.kind = 'kind';
  const topic = get('topic') || OTHER;
  if (topic !== OTHER && !choices.topics.includes(topic)) problems.topic = 'topic';
  const district = get('district') || OTHER;
  if (district !== OTHER && !choices.districts.includes(district)) problems.district = 'district';
  const event = get('event');
  const text = get('text');
  if (!text) problems.text = 'textMissing';
  else if ([...text].length > TEXT_LIMIT) problems.text = 'textTooLong';

  // Without an operator the page asks for neither; whatever arrives in them is not kept.
  const name = choices.contacts ? get('name') : '';
  const typedContact = choices.contacts ? get('contact') : '';
  if ([...name].length > NAME_LIMIT) problems.name = 'nameTooLong';
  const contact = typedContact ? readContact(typedContact) : undefined;
  if (typedContact && !contact) problems.contact = 'contactInvalid';
  if ((name || typedContact) && form.get('consent') !== 'yes') problems.consent = 'consentMissing';

  if (Object.keys(problems).length > 0) return { ok: false, intent: 'send', values, problems };
  const started = Number(form.get(STARTED));
  return {
    ok: true,
    value: {
      intent: 'send',
      kind: kind as SubmissionKind,
      topic,
      district,
      event: event && choices.events.has(event) ? event : null,
      text,
      name: name || null,
      contact: contact ?? null,
      honeypot: get(HONEYPOT) !== '',
      startedAt: Number.isFinite(started) && started > 0 ? Math.round(started * 1000) : null,
    },
  };
}
