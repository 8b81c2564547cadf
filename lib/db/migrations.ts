import { type Kysely, sql } from 'kysely';
import type { Migration } from 'kysely/migration';

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
};
