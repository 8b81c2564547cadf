import { execFile } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { type DatabaseSettings, databaseSettings, openDatabase } from './connect';

/*
 * A consistent copy of the database while the site runs, and putting one back (docs/residents-messages.md).
 * SQLite: VACUUM INTO writes a snapshot of one transaction, however many workers write meanwhile.
 * PostgreSQL: pg_dump's custom format (one snapshot too), pg_restore to put it back. A copy holds
 * residents' messages: only its owner may read it (0600), an existing one is replaced only when asked,
 * and a restore checks its file before it touches the live database. The database's password reaches
 * pg_dump and pg_restore in their environment, never on a command line or in a message.
 */

/** What an operator is told when a backup or a restore cannot be done: one line, nothing secret. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const run = promisify(execFile);

/** PostgreSQL's tools with the address in their arguments but its password in their environment. */
async function postgresTool(tool: 'pg_dump' | 'pg_restore', url: string, args: (address: string) => string[]) {
  const address = new URL(url);
  const password = decodeURIComponent(address.password);
  address.password = '';
  try {
    await run(tool, args(address.href), { env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } });
  } catch (error) {
    const said = (error as { stderr?: string }).stderr?.trim().split('\n')[0] ?? '';
    throw new BackupError(`${tool} failed${said ? `: ${said.replaceAll(password || '\0', '***')}` : ''}`);
  }
}

export async function backupDatabase(
  file: string,
  settings: DatabaseSettings = databaseSettings(),
  { replace = false } = {},
): Promise<void> {
  if (!existsSync(dirname(file))) throw new BackupError(`No folder ${dirname(file)}: make it first (mode 700)`);
  if (existsSync(file) && !replace) throw new BackupError(`${file} exists: name another file, or add --replace`);
  rmSync(file, { force: true });
  if (settings.kind === 'postgres') {
    await postgresTool('pg_dump', settings.url, (address) => [
      '--format=custom',
      '--no-owner',
      `--file=${file}`,
      address,
    ]);
  } else {
    const db = await openDatabase(settings);
    try {
      await sql`vacuum into ${file}`.execute(db);
    } finally {
      await db.destroy();
    }
  }
  chmodSync(file, 0o600);
}

/** Whether a file starts as every SQLite database does. */
function isSqlite(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\0';
}

/**
 * Puts a backup back, once the file is known to be one: the database it replaces is kept beside it
 * (SQLite; put back if the copy fails), or cleaned first (PostgreSQL, after pg_restore has read the
 * whole file's table of contents).
 */
export async function restoreDatabase(file: string, settings: DatabaseSettings = databaseSettings()): Promise<void> {
  if (!existsSync(file)) throw new BackupError(`No file ${file}: nothing was changed`);
  if (settings.kind === 'postgres') {
    await postgresTool('pg_restore', settings.url, () => ['--list', file]);
    await postgresTool('pg_restore', settings.url, (address) => [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${address}`,
      file,
    ]);
    return;
  }
  if (!isSqlite(file)) throw new BackupError(`${file} is not an SQLite database: nothing was changed`);
  mkdirSync(dirname(settings.file), { recursive: true, mode: 0o700 });
  const before = `${settings.file}.before-restore`;
  const had = existsSync(settings.file);
  if (had) renameSync(settings.file, before);
  try {
    for (const suffix of ['-wal', '-shm']) rmSync(`${settings.file}${suffix}`, { force: true });
    copyFileSync(file, settings.file);
    chmodSync(settings.file, 0o600);
  } catch (error) {
    if (had) renameSync(before, settings.file);
    throw new BackupError(
      `The copy failed (${(error as NodeJS.ErrnoException).code ?? 'error'}): the database is as it was`,
    );
  }
}
