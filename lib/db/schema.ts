/*
 * The site's database (docs/residents-messages.md): what residents send, kept apart from who they
 * are. Times are ISO 8601 instants in UTC as text, the same in SQLite and PostgreSQL; they sort as
 * they read.
 */

export const submissionKinds = ['question', 'opinion', 'proposal', 'volunteer'] as const;
export type SubmissionKind = (typeof submissionKinds)[number];

/** new → (in-progress) → answered → published; `held` is likely spam kept for a person to look at. */
export const submissionStatuses = ['new', 'held', 'in-progress', 'answered', 'published', 'spam'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export interface SubmissionTable {
  /** The reference number the resident is shown: random, not guessable. */
  reference: string;
  created_at: string;
  updated_at: string;
  /** The language the resident wrote from. */
  locale: string;
  kind: SubmissionKind;
  /** A topic's id (content/topics), or `other`. */
  topic: string;
  /** A territory's id (content/districts), or `other`. */
  district: string;
  /** The event it is about (content/events), if sent from an event's page. */
  event: string | null;
  body: string;
  status: SubmissionStatus;
  /** Why it was held back: links, repeated, too-fast, honeypot. */
  held_reason: string | null;
  /** To notice the same text sent again: a hash, never the text. */
  body_hash: string;
  /** A keyed hash of the sender's address, for the spam checks of the next hour; cleared after a day. */
  client_hash: string | null;
  /** The text in lower case, for the inbox's search (lib/db/migrations.ts: foldText). */
  body_folded: string | null;
  /** The same submission sent again has the same: its text, the form it was typed into, its contact. */
  send_hash: string | null;
}

/** The press office's answer, in both languages, with the question as it may be published (nothing personal). */
export interface AnswerTable {
  reference: string;
  question_kk: string;
  question_ru: string;
  answer_kk: string;
  answer_ru: string;
  answered_by: string;
  answered_at: string;
  /** When it was sent for publication (a pull request on the git host), and where. */
  published_at: string | null;
  publication_url: string | null;
  /** Its public id (content/questions/<id>.yaml, /questions/<id>): random, unrelated to the reference. */
  publication_id: string | null;
}

/** A press officer signed in to the inbox; the cookie holds the id, the table only its hash. */
export interface StaffSessionTable {
  id_hash: string;
  /** The git host's account (the OpenID Connect subject) and its display name. */
  subject: string;
  name: string;
  role: string;
  /** The token every form of this session sends back. */
  csrf: string;
  created_at: string;
  seen_at: string;
}

/** A sign-in under way: what the provider's answer must match (OpenID Connect state, PKCE, nonce). */
export interface SignInTable {
  id_hash: string;
  state: string;
  verifier: string;
  nonce: string;
  locale: string;
  /** The inbox page to come back to (a renewal of the role: lib/inbox/sessions.ts), its path only. */
  next: string | null;
  created_at: string;
}

/** Who read, exported, deleted, answered or published what, and who signed in: kept. */
export interface AuditTable {
  id: string;
  at: string;
  /** The name the sign-in provider gives (older rows: "name (account)"). */
  actor: string;
  /** The account signed in with; null for a resident and for rows older than the column. */
  account: string | null;
  role: string | null;
  action: string;
  reference: string | null;
  detail: string | null;
}

export const outcomeKinds = ['passed-on', 'taken-into-account', 'not-supported', 'same-as'] as const;
export type OutcomeKind = (typeof outcomeKinds)[number];

/** One step of what the coalition did with a message, recorded in the inbox and shown to its sender. */
export interface OutcomeTable {
  id: string;
  reference: string;
  kind: OutcomeKind;
  /** The day it happened (yyyy-mm-dd, in Kyzylorda), as the editor states it. */
  day: string;
  /** Passed on: to whom (content/recipients). */
  recipient: string | null;
  /** The same as another message: its reference (never shown to this message's sender). */
  same_as: string | null;
  /** Why it is not supported (required), or how it was taken into account, in both languages. */
  note_kk: string | null;
  note_ru: string | null;
  recorded_by: string;
  recorded_at: string;
}

/** Who sent it, when they gave it: apart from the text, and deleted when its time is up. */
export interface ContactTable {
  reference: string;
  name: string | null;
  contact: string | null;
  /** When consent was given, and to which wording (its version). */
  consent_at: string;
  consent_version: string;
  delete_after: string;
}

/** Each run of a maintenance job (the retention job), for the inbox to show the last one. */
export interface JobRunTable {
  job: string;
  ran_at: string;
  affected: number;
}

/** Values the site makes once and keeps (the key of the address hashes). */
export interface SettingTable {
  name: string;
  value: string;
}

/** The counts of the limits per address (lib/http/rate-limit.ts), in rate-limiter-flexible's shape. */
export interface RateLimitTable {
  key: string;
  points: number;
  /** When the count's minute ends, in ms. */
  expire: number | string | null;
}

export interface Database {
  submissions: SubmissionTable;
  contacts: ContactTable;
  job_runs: JobRunTable;
  settings: SettingTable;
  answers: AnswerTable;
  staff_sessions: StaffSessionTable;
  sign_ins: SignInTable;
  audit_log: AuditTable;
  outcomes: OutcomeTable;
  rate_limits: RateLimitTable;
}
