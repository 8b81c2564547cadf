import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { type DatabaseSettings, databaseSettings, openDatabase } from './connect';

/*
 * A consistent copy of the database while the site runs, and putting one back (docs/residents-messages.md).
 * SQLite: VACUUM INTO writes a snapshot of one transaction, however many workers write meanwhile.
 * PostgreSQL: pg_dump's custom format (one snapshot too), pg_restore to put it back.
 */

const run = promisify(execFile);

export async function backupDatabase(file: string, settings: DatabaseSettings = databaseSettings()): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  if (settings.kind === 'postgres') {
    await run('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, settings.url]);
    return;
  }
  if (existsSync(file)) rmSync(file);
  const db = await openDatabase(settings);
  try {
    await sql`vacuum into ${file}`.execute(db);
  } finally {
    await db.destroy();
  }
}

/** Puts a backup back: the database it replaces is kept beside it (SQLite), or cleaned first (PostgreSQL). */
export async function restoreDatabase(file: string, settings: DatabaseSettings = databaseSettings()): Promise<void> {
  if (settings.kind === 'postgres') {
    await run('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${settings.url}`, file]);
    return;
  }
  mkdirSync(dirname(settings.file), { recursive: true });
  if (existsSync(settings.file)) renameSync(settings.file, `${settings.file}.before-restore`);
  for (const suffix of ['-wal', '-shm']) rmSync(`${settings.file}${suffix}`, { force: true });
  copyFileSync(file, settings.file);
}
