import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely';

/*
 * The database's versions, in order, each applied once (lib/db/connect.ts runs them on start, one
 * process at a time). A released migration is never edited: a change is a new one below.
 */

export const migrations: Record<string, Migration> = {
  '2026-12-02-01-submissions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('submissions')
        .addColumn('reference', 'text', (c) => c.primaryKey())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('district', 'text', (c) => c.notNull())
        .addColumn('event', 'text')
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('held_reason', 'text')
        .addColumn('body_hash', 'text', (c) => c.notNull())
        .addColumn('client_hash', 'text')
        .execute();
      await db.schema.createIndex('submissions_created').on('submissions').column('created_at').execute();
      await db.schema.createIndex('submissions_status').on('submissions').columns(['status', 'created_at']).execute();
      await db.schema.createIndex('submissions_district').on('submissions').columns(['district', 'status']).execute();
      await db.schema.createIndex('submissions_topic').on('submissions').columns(['topic', 'status']).execute();
      await db.schema
        .createIndex('submissions_client')
        .on('submissions')
        .columns(['client_hash', 'created_at'])
        .execute();

      await db.schema
        .createTable('contacts')
        .addColumn('reference', 'text', (c) => c.primaryKey().references('submissions.reference').onDelete('cascade'))
        .addColumn('name', 'text')
        .addColumn('contact', 'text')
        .addColumn('consent_at', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addColumn('delete_after', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('contacts_delete_after').on('contacts').column('delete_after').execute();

      await db.schema
        .createTable('job_runs')
        .addColumn('job', 'text', (c) => c.notNull())
        .addColumn('ran_at', 'text', (c) => c.notNull())
        .addColumn('affected', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('job_runs_key', ['job', 'ran_at'])
        .execute();

      await db.schema
        .createTable('settings')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      // The key of the address hashes: made here, once, by whichever process migrates first.
      const key = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
      await sql`insert into settings (name, value) values ('client-hash-key', ${key})`.execute(db);
    },
  },
  '2026-12-02-02-inbox': {
    async up(db: Kysely<unknown>) {
      // The texts folded to lower case for the inbox's search (SQLite's lower() knows only Latin letters).
      await db.schema.alterTable('submissions').addColumn('body_folded', 'text').execute();
      const rows = await sql<{ reference: string; body: string }>`select reference, body from submissions`.execute(db);
      for (const { reference, body } of rows.rows)
        await sql`update submissions set body_folded = ${foldText(body)} where reference = ${reference}`.execute(db);
      await db.schema.createIndex('submissions_event').on('submissions').columns(['event', 'created_at']).execute();

      await db.schema
        .createTable('answers')
        .addColumn('reference', 'text', (c) => c.primaryKey().references('submissions.reference').onDelete('cascade'))
        .addColumn('question_kk', 'text', (c) => c.notNull())
        .addColumn('question_ru', 'text', (c) => c.notNull())
        .addColumn('answer_kk', 'text', (c) => c.notNull())
        .addColumn('answer_ru', 'text', (c) => c.notNull())
        .addColumn('answered_by', 'text', (c) => c.notNull())
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('publication_url', 'text')
        .execute();

      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('csrf', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('staff_sessions_seen').on('staff_sessions').column('seen_at').execute();

      await db.schema
        .createTable('sign_ins')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('verifier', 'text', (c) => c.notNull())
        .addColumn('nonce', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('role', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
      await db.schema.createIndex('audit_log_reference').on('audit_log').columns(['reference', 'at']).execute();
    },
  },
  '2026-12-04-01-publication-id': {
    async up(db: Kysely<unknown>) {
      // A published question's own public id (lib/inbox/publish.ts): never the resident's reference.
      await db.schema.alterTable('answers').addColumn('publication_id', 'text').execute();
      await db.schema.createIndex('answers_publication').unique().on('answers').column('publication_id').execute();
    },
  },
  '2026-12-04-02-send-hash': {
    async up(db: Kysely<unknown>) {
      // What makes a POST the same submission again (lib/feedback/store.ts: sendHash): the text with the
      // form it was typed into and the contact, so that two residents never share a reference.
      await db.schema.alterTable('submissions').addColumn('send_hash', 'text').execute();
      await db.schema
        .createIndex('submissions_send')
        .on('submissions')
        .columns(['client_hash', 'send_hash', 'created_at'])
        .execute();
    },
  },
  '2026-12-04-03-sign-ins-created': {
    async up(db: Kysely<unknown>) {
      // Each sign-in start clears the ones past their time: found by this index, not by reading them all.
      await db.schema.createIndex('sign_ins_created').on('sign_ins').column('created_at').execute();
    },
  },
  '2026-12-05-01-outcomes': {
    async up(db: Kysely<unknown>) {
      // What the coalition did with a message (lib/feedback/outcomes.ts): several steps over time.
      await db.schema
        .createTable('outcomes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference', 'text', (c) => c.notNull().references('submissions.reference').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('recipient', 'text')
        .addColumn('same_as', 'text')
        .addColumn('note_kk', 'text')
        .addColumn('note_ru', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('outcomes_reference').on('outcomes').columns(['reference', 'day']).execute();
      await db.schema.createIndex('outcomes_same_as').on('outcomes').column('same_as').execute();
    },
  },
  '2026-12-05-02-audit-account': {
    async up(db: Kysely<unknown>) {
      // The account apart from the name the sign-in provider gives: a name cannot pass itself off as
      // another account ("Aigul (admin)"). Older rows keep both in `actor`.
      await db.schema.alterTable('audit_log').addColumn('account', 'text').execute();
    },
  },
  '2026-12-05-03-audit-action-time': {
    async up(db: Kysely<unknown>) {
      // The refused sign-ins of the last day, counted before each is written (lib/inbox/audit.ts).
      await db.schema.createIndex('audit_log_action_at').on('audit_log').columns(['action', 'at']).execute();
    },
  },
  '2026-12-05-04-rate-limits': {
    async up(db: Kysely<unknown>) {
      // The counts of the limits per address, shared by every node with PostgreSQL (lib/http/rate-limit.ts:
      // the table rate-limiter-flexible's store reads, made here so that no node makes it at a request).
      await db.schema
        .createTable('rate_limits')
        .addColumn('key', 'varchar(255)', (c) => c.primaryKey())
        .addColumn('points', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('expire', 'bigint')
        .execute();
    },
  },
  '2026-12-05-05-site-secret-out': {
    async up(db: Kysely<unknown>) {
      // The key of the address hashes leaves the database (lib/feedback/keys.ts): with it, a backup
      // would let anyone try every address against the hashes. Forms stamped with it are held, not lost.
      await sql`delete from settings where name = 'client-hash-key'`.execute(db);
    },
  },
  '2026-12-05-06-sign-in-next': {
    async up(db: Kysely<unknown>) {
      // The page a press officer was on when the role was re-checked with the provider: back to it.
      await db.schema.alterTable('sign_ins').addColumn('next', 'text').execute();
    },
  },
};

/** A text as the inbox's search compares it: lower case in every alphabet, ё as е. */
export const foldText = (text: string) => text.toLocaleLowerCase('kk').replace(/ё/g, 'е');
