/*
 * The site's database (README: residents' messages): what residents send, kept apart from who they
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

export interface Database {
  submissions: SubmissionTable;
  contacts: ContactTable;
  job_runs: JobRunTable;
  settings: SettingTable;
}
