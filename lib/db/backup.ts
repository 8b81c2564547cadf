import { execFile } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { retentionMonths } from '@/lib/env';
import { reapplyDeletions, recordedDeletions, type RetentionDone } from '@/lib/feedback/retention';
import type { AuditTable } from './schema';
import { type DatabaseSettings, databaseSettings, foldDeletions, openDatabase } from './connect';
import { onceForAll } from './once';

/*
 * A consistent copy of the database while the site runs, and putting one back (docs/residents-messages.md).
 * SQLite: VACUUM INTO writes a snapshot of one transaction, however many workers write meanwhile.
 * PostgreSQL: pg_dump's custom format (one snapshot too), pg_restore to put it back. A copy holds
 * residents' messages: only its owner may read it (0600), an existing one is replaced only when asked,
 * and a restore checks its file before it touches the live database, then makes again every deletion
 * the database it replaced had recorded since (residents' own, the inbox's) and what the retention job
 * would have deleted: a restore never brings back what a resident deleted. The database's password
 * reaches pg_dump and pg_restore in their environment, never on a command line or in a message.
 * The nightly backup (deploy/systemd/qyzylorda-backup.timer) is taken once for the installation and
 * kept BACKUP_DAYS, inside every retention period.
 */

/** How many days the nightly backups are kept: shorter than any retention period (lib/feedback/retention.ts). */
export const BACKUP_DAYS = 7;

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
export type Restored = {
  /** The deletions made again; null when the database replaced could not be read (none was known). */
  deletions: number | null;
  retention: RetentionDone;
};

export async function restoreDatabase(
  file: string,
  settings: DatabaseSettings = databaseSettings(),
  now = new Date(),
): Promise<Restored> {
  if (!existsSync(file)) throw new BackupError(`No file ${file}: nothing was changed`);
  if (settings.kind === 'postgres') {
    await postgresTool('pg_restore', settings.url, () => ['--list', file]);
    const made = await deletionsIn(settings);
    await postgresTool('pg_restore', settings.url, (address) => [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${address}`,
      file,
    ]);
    return deleteAgain(settings, made, now);
  }
  if (!isSqlite(file)) throw new BackupError(`${file} is not an SQLite database: nothing was changed`);
  mkdirSync(dirname(settings.file), { recursive: true, mode: 0o700 });
  const before = `${settings.file}.before-restore`;
  const had = existsSync(settings.file);
  const made = had ? await deletionsIn(settings) : null;
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
  return deleteAgain(settings, made, now);
}

/** The deletions the live database records, or null when it cannot be read (missing, damaged). */
async function deletionsIn(settings: DatabaseSettings): Promise<AuditTable[] | null> {
  try {
    const live = await openDatabase(settings);
    try {
      return await recordedDeletions(live);
    } finally {
      await live.destroy();
    }
  } catch {
    return null;
  }
}

async function deleteAgain(settings: DatabaseSettings, made: AuditTable[] | null, now: Date): Promise<Restored> {
  const restored = await openDatabase(settings);
  try {
    const { deletions, retention } = await reapplyDeletions(restored, made ?? [], { now, months: retentionMonths() });
    await foldDeletions(restored, settings);
    return { deletions: made ? deletions : null, retention };
  } finally {
    await restored.destroy();
  }
}

const nightly = /^site-(\d{4}-\d{2}-\d{2}T\d{2}\d{2}\d{2}Z)\.(db|dump)$/;
const stampOf = (now: Date) =>
  now
    .toISOString()
    .replace(/[:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The nightly backup into `folder` (which must exist): taken once for the installation when several
 * nodes' timers fire (lib/db/once.ts), named by its time; then the backups in this node's folder
 * older than BACKUP_DAYS are deleted, whichever node took tonight's.
 */
export async function nightlyBackup(
  folder: string,
  settings: DatabaseSettings = databaseSettings(),
  { now = new Date(), keepDays = BACKUP_DAYS } = {},
): Promise<{ file: string | null; removed: string[] }> {
  if (!existsSync(folder)) throw new BackupError(`No folder ${folder}: make it first (mode 700)`);
  const db = await openDatabase(settings);
  let file: string | null = null;
  try {
    const once = await onceForAll(db, settings, { job: 'backup', gapMs: 60 * 60_000, now }, async () => {
      const name = join(folder, `site-${stampOf(now)}.${settings.kind === 'sqlite' ? 'db' : 'dump'}`);
      await backupDatabase(name, settings);
      await db.insertInto('job_runs').values({ job: 'backup', ran_at: now.toISOString(), affected: 1 }).execute();
      return name;
    });
    if (once.ran) file = once.result;
  } finally {
    await db.destroy();
  }
  const oldest = now.getTime() - keepDays * 24 * 60 * 60_000;
  const removed = readdirSync(folder).filter((name) => {
    const taken = nightly.exec(name)?.[1];
    if (!taken) return false;
    const at = Date.parse(taken.replace(/^(.{13})(\d{2})(\d{2})Z$/, '$1:$2:$3Z'));
    return at < oldest;
  });
  for (const name of removed) rmSync(join(folder, name));
  return { file, removed };
}
