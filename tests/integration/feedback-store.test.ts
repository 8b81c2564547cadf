import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { BACKUP_DAYS, BackupError, backupDatabase, nightlyBackup, restoreDatabase } from '@/lib/db/backup';
import { foldDeletions, openDatabase } from '@/lib/db/connect';
import { onceForAll } from '@/lib/db/once';
import { migrations } from '@/lib/db/migrations';
import type { Database, SubmissionStatus } from '@/lib/db/schema';
import { countFeedback } from '@/lib/feedback/counts';
import { applyRetention, HELD_DAYS, SPAM_DAYS } from '@/lib/feedback/retention';
import { forgetSubmission, saveSubmission, SAME_SUBMISSION_MS, type Stamped } from '@/lib/feedback/store';
import { send, testDatabases } from '../databases';
import { postgresEnv } from '../postgres';

/*
 * The database of residents' messages, on both of its kinds: the embedded SQLite file and a real
 * PostgreSQL server (started here). Each test gets a database of its own.
 */

const run = promisify(execFile);
const { backends, scratch } = testDatabases('feedback-db');

const options = { locale: 'kk', retentionMonths: 12 };
const at = (iso: string, address: string | null = '10.0.0.1') => ({ address, now: new Date(iso) });

describe.each(backends)('the residents’ messages in $name', ({ name, fresh }) => {
  let db: Kysely<Database>;
  let opened: Kysely<Database> | undefined;
  const open = async () => {
    db = opened = await openDatabase(fresh());
    return db;
  };
  // Closed before the next test, so no connection outlives the server stopped in afterAll.
  afterEach(async () => {
    await opened?.destroy();
    opened = undefined;
  });

  it('migrates once, whichever of several workers starting together comes first', async () => {
    const settings = fresh();
    const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', 'tests/fixtures/db-open.ts', JSON.stringify(settings)];
    await Promise.all(Array.from({ length: 4 }, () => run('npx', tsx)));
    const opened = await openDatabase(settings);
    try {
      const applied = await opened
        .selectFrom('kysely_migration' as never)
        .selectAll()
        .execute();
      expect(applied).toHaveLength(Object.keys(migrations).length);
      // The site's secret is kept outside the database (lib/feedback/keys.ts).
      expect(await opened.selectFrom('settings').selectAll().execute()).toEqual([]);
    } finally {
      await opened.destroy();
    }
  }, 120_000);

  it('keeps who sent a message apart from it, and the same message again is the same one', async () => {
    await open();
    const message = send('Сайлау туралы сұрақ', { name: 'Асан', contact: '+77012345678' });
    const first = await saveSubmission(db, message, at('2026-12-02T10:00:00Z'), options);
    const again = await saveSubmission(db, message, at('2026-12-02T10:05:00Z'), options);
    expect(again).toEqual({ reference: first.reference, status: 'new', again: true });
    const rows = await db.selectFrom('submissions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toMatch(/Асан|77012345678|10\.0\.0\.1/);
    const contact = await db.selectFrom('contacts').selectAll().executeTakeFirstOrThrow();
    expect(contact).toMatchObject({ reference: first.reference, name: 'Асан', contact: '+77012345678' });
    expect(contact.delete_after).toBe('2027-12-02T10:00:00.000Z');
    // From another address, or after a while, it is another message.
    const other = await saveSubmission(db, message, at('2026-12-02T10:06:00Z', '10.0.0.2'), options);
    expect(other.reference).not.toBe(first.reference);
  });

  it('never hands two residents behind one address the same reference for the same circulated text', async () => {
    await open();
    const page = (loaded: string, more: Partial<Stamped> = {}) =>
      send('Жобаны қолдаймын', { stamp: { at: Date.parse(loaded), id: `form-${loaded}` }, ...more });
    // The same page sent twice (a double click, a reload): the same message.
    const first = await saveSubmission(db, page('2026-12-02T09:58:00Z'), at('2026-12-02T10:00:00Z'), options);
    const twice = await saveSubmission(db, page('2026-12-02T09:58:00Z'), at('2026-12-02T10:00:01Z'), options);
    expect(twice.reference).toBe(first.reference);
    // Another resident's page on the same carrier address, the same text: a message and a reference of its own.
    const neighbour = await saveSubmission(db, page('2026-12-02T09:57:30Z'), at('2026-12-02T10:01:00Z'), options);
    expect(neighbour.reference).not.toBe(first.reference);
    // A contact given makes it another resident's too, and the contact is kept with it.
    const withContact = await saveSubmission(
      db,
      page('2026-12-02T09:58:00Z', { name: 'Сәуле', contact: '+77015550000' }),
      at('2026-12-02T10:02:00Z'),
      options,
    );
    expect(withContact.reference).not.toBe(first.reference);
    expect(
      await db.selectFrom('contacts').select('contact').where('reference', '=', withContact.reference).execute(),
    ).toEqual([{ contact: '+77015550000' }]);
  });

  it('holds back likely spam for a person to look at, and loses none of it', async () => {
    await open();
    const held = async (message: Stamped, when = '2026-12-02T12:00:00Z') =>
      (await saveSubmission(db, message, at(when), options)).status;
    expect(await held(send('a http://x.kz b https://y.kz c www.z.kz'))).toBe('held');
    expect(await held(send('honeypot', { honeypot: true }))).toBe('held');
    expect(await held(send('too fast', { stamp: { at: Date.parse('2026-12-02T11:59:59Z'), id: 'a' } }))).toBe('held');
    expect(await held(send('slow enough', { stamp: { at: Date.parse('2026-12-02T11:55:00Z'), id: 'b' } }))).toBe('new');
    // No stamp this site signed (a program posting to the address): held too.
    expect(await held(send('unstamped', { stamp: null }))).toBe('held');
    expect(await held(send('the same text'), '2026-12-02T12:00:00Z')).toBe('new');
    const later = new Date(Date.parse('2026-12-02T12:00:00Z') + SAME_SUBMISSION_MS + 60_000).toISOString();
    expect(await held(send('the same text'), later)).toBe('held');
    const reasons = await db.selectFrom('submissions').select('held_reason').where('status', '=', 'held').execute();
    expect(reasons.map((r) => r.held_reason).sort()).toEqual(['honeypot', 'links', 'repeated', 'too-fast', 'too-fast']);
  });

  it('deletes a message and who sent it at the resident’s request', async () => {
    await open();
    const { reference } = await saveSubmission(
      db,
      send('x', { contact: 'a@b.kz' }),
      at('2026-12-02T10:00:00Z'),
      options,
    );
    expect(await forgetSubmission(db, reference)).toBe(true);
    expect(await forgetSubmission(db, reference)).toBe(false);
    expect(await db.selectFrom('submissions').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('contacts').selectAll().execute()).toEqual([]);
    // Recorded once, as the resident's own deletion: the reference, nothing of the text.
    expect(await db.selectFrom('audit_log').select(['action', 'reference', 'detail', 'role']).execute()).toEqual([
      { action: 'delete-by-resident', reference, detail: null, role: 'resident' },
    ]);
  });

  it('deletes contact details when their time is up, keeping the messages, and records the run', async () => {
    await open();
    await saveSubmission(db, send('old', { contact: 'a@b.kz' }), at('2025-11-01T10:00:00Z'), options);
    await saveSubmission(db, send('new', { contact: 'c@d.kz' }), at('2026-11-01T10:00:00Z'), options);
    const done = await applyRetention(db, { now: new Date('2026-12-02T00:00:00Z'), months: 12 });
    expect(done).toEqual({ contacts: 1, hashes: 2, texts: 0, held: 0, spam: 0 });
    expect((await db.selectFrom('contacts').select('contact').execute()).map((c) => c.contact)).toEqual(['c@d.kz']);
    expect(
      await db.selectFrom('submissions').select('client_hash').where('client_hash', 'is not', null).execute(),
    ).toEqual([]);
    expect(await db.selectFrom('submissions').selectAll().execute()).toHaveLength(2);
    expect(await db.selectFrom('job_runs').selectAll().execute()).toEqual([
      { job: 'retention', ran_at: '2026-12-02T00:00:00.000Z', affected: 1 },
    ]);
  });

  it('deletes the text of a case closed for the retention period, held messages nobody released and spam', async () => {
    await open();
    const now = new Date('2026-12-02T00:00:00Z');
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
    // A message received then, and where its case stands now.
    const saved = async (text: string, received: string, stands: { status: SubmissionStatus; updated_at?: string }) => {
      const { reference } = await saveSubmission(db, send(text), at(received), options);
      await db.updateTable('submissions').set(stands).where('reference', '=', reference).execute();
      return { reference };
    };
    const closedLongAgo = await saved('answered long ago', '2025-10-01T10:00:00Z', {
      status: 'answered',
      updated_at: '2025-11-01T10:00:00Z',
    });
    const closedRecently = await saved('answered this year', '2026-01-02T10:00:00Z', {
      status: 'answered',
      updated_at: '2026-01-02T10:00:00Z',
    });
    const stillOpen = await saved('still open, from long ago', '2025-01-02T10:00:00Z', {
      status: 'in-progress',
      updated_at: '2025-01-02T10:00:00Z',
    });
    const oldHeld = await saved('held, never released', daysAgo(HELD_DAYS + 1), { status: 'held' });
    const newHeld = await saved('held yesterday', '2026-12-01T10:00:00Z', { status: 'held' });
    const oldSpam = await saved('spam', '2026-09-01T10:00:00Z', { status: 'spam', updated_at: daysAgo(SPAM_DAYS + 1) });
    const newSpam = await saved('spam marked today', '2026-09-01T10:00:00Z', {
      status: 'spam',
      updated_at: '2026-12-01T10:00:00Z',
    });

    const done = await applyRetention(db, { now, months: 12 });
    expect(done).toMatchObject({ texts: 1, held: 1, spam: 1 });
    const rows = Object.fromEntries(
      (await db.selectFrom('submissions').select(['reference', 'body', 'body_folded', 'kind']).execute()).map((r) => [
        r.reference,
        r,
      ]),
    );
    // The closed case keeps what it was about, for the counts and the resident's lookup; its text is gone.
    expect(rows[closedLongAgo.reference]).toMatchObject({ body: '', body_folded: null, kind: 'question' });
    expect(rows[closedRecently.reference]?.body).toBe('answered this year');
    expect(rows[stillOpen.reference]?.body).toBe('still open, from long ago');
    expect(rows[oldHeld.reference]).toBeUndefined();
    expect(rows[newHeld.reference]?.body).toBe('held yesterday');
    expect(rows[oldSpam.reference]).toBeUndefined();
    expect(rows[newSpam.reference]?.body).toBe('spam marked today');
    // Run again the next minute: nothing more to do.
    expect(await applyRetention(db, { now: new Date(now.getTime() + 60_000), months: 12 })).toMatchObject({
      texts: 0,
      held: 0,
      spam: 0,
    });
  });

  it('leaves nothing of a deleted message in the database’s files once the retention job has run', async () => {
    const settings = fresh();
    db = opened = await openDatabase(settings);
    const secret = 'Ерекше-құпия-мәтін-9931';
    const { reference } = await saveSubmission(
      db,
      send(secret, { name: 'Айгерім', contact: '+77019998877' }),
      at('2026-12-02T10:00:00Z'),
      options,
    );
    await forgetSubmission(db, reference);
    await foldDeletions(db, settings);
    if (settings.kind !== 'sqlite') return expect(await db.selectFrom('contacts').selectAll().execute()).toEqual([]);
    const files = [settings.file, `${settings.file}-wal`].filter((file) => existsSync(file));
    for (const file of files) {
      const bytes = readFileSync(file);
      // (The reference stays, in the audit log: the lookup says when its message was deleted.)
      for (const text of [secret, '+77019998877', 'Айгерім'])
        expect(bytes.includes(Buffer.from(text)), `${text} in ${file}`).toBe(false);
    }
  });

  // Several nodes share only PostgreSQL; SQLite is one machine's file, whose timer fires once.
  it.skipIf(name === 'SQLite')(
    'runs the nightly job once for the installation when several nodes start it together',
    async () => {
      const settings = fresh();
      db = opened = await openDatabase(settings);
      const other = await openDatabase(settings);
      try {
        const night = new Date('2026-12-03T22:30:00Z');
        const job = () =>
          new Promise((r) => setTimeout(r, 300)).then(() =>
            applyRetention(db, { now: night, months: 12 }).then(() => 'done'),
          );
        const options = { job: 'retention', gapMs: 60 * 60_000, now: night };
        const results = await Promise.all([
          onceForAll(db, settings, options, job),
          onceForAll(other, settings, options, job),
        ]);
        const runs = () => db.selectFrom('job_runs').selectAll().where('job', '=', 'retention').execute();
        expect(results.map((r) => (r.ran ? 'ran' : r.because)).sort()).toEqual(['ran', 'running']);
        expect(await runs()).toHaveLength(1);
        // A node whose timer fires a few minutes later finds it done.
        const later = await onceForAll(
          other,
          settings,
          { ...options, now: new Date(night.getTime() + 5 * 60_000) },
          job,
        );
        expect(later).toEqual({ ran: false, because: 'done' });
        expect(await runs()).toHaveLength(1);
      } finally {
        await other.destroy();
      }
    },
  );

  it('counts what was received and answered, by territory and by topic, but not what was held', async () => {
    await open();
    for (const [i, [district, topic]] of [
      ['aral', 'a'],
      ['aral', 'b'],
      ['kazaly', 'a'],
    ].entries())
      await saveSubmission(db, send(`m${i}`, { district, topic }), at('2026-12-02T10:00:00Z', `10.0.1.${i}`), options);
    await saveSubmission(db, send('spam', { honeypot: true }), at('2026-12-02T10:00:00Z'), options);
    await db.updateTable('submissions').set({ status: 'answered' }).where('body', '=', 'm0').execute();
    const counts = await countFeedback(db, new Date('2026-12-02T11:00:00Z'));
    expect(counts).toEqual({
      countedAt: '2026-12-02T11:00:00.000Z',
      total: { received: 3, answered: 1 },
      byDistrict: { aral: { received: 2, answered: 1 }, kazaly: { received: 1, answered: 0 } },
      byTopic: { a: { received: 2, answered: 1 }, b: { received: 1, answered: 0 } },
    });
  });

  it('backs up while messages arrive, and the copy restores with every one committed before it', async () => {
    const settings = fresh();
    const live = await openDatabase(settings);
    const committed: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        const saved = await saveSubmission(
          live,
          send(`while backing up ${i}`),
          at('2026-12-02T10:00:00Z', `10.1.${i % 250}.${i}`),
          options,
        );
        committed.push(saved.reference);
        // SQLite answers synchronously: without yielding, this loop would hold the event loop.
        await new Promise((r) => setImmediate(r));
      }
    })();
    while (committed.length < 50) await new Promise((r) => setTimeout(r, 10));
    const before = [...committed];
    const file = scratch(`backup.${settings.kind === 'sqlite' ? 'db' : 'dump'}`);
    // The real command, from another process, as the timer or an operator runs it.
    const variables = settings.kind === 'sqlite' ? { DATA_DIR: dirname(settings.file) } : postgresEnv(settings.url);
    await run('npm', ['run', '-s', 'db:backup', '--', file], { env: { ...process.env, ...variables } });
    writing = false;
    await writer;
    await live.destroy();

    const target = fresh();
    await restoreDatabase(file, target);
    const restored = await openDatabase(target);
    try {
      const found = new Set(
        (await restored.selectFrom('submissions').select('reference').execute()).map((r) => r.reference),
      );
      expect(before.filter((reference) => !found.has(reference))).toEqual([]);
    } finally {
      await restored.destroy();
    }
  }, 60_000);

  it('makes again, after a restore, every deletion made since the backup was taken', async () => {
    const settings = fresh();
    const live = await openDatabase(settings);
    const kept = await saveSubmission(live, send('kept'), at('2026-12-02T10:00:00Z'), options);
    const byResident = await saveSubmission(
      live,
      send('deleted by its sender', { contact: 'x@y.kz' }),
      at('2026-12-02T10:00:00Z', '10.0.0.2'),
      options,
    );
    const byInbox = await saveSubmission(
      live,
      send('deleted in the inbox'),
      at('2026-12-02T10:00:00Z', '10.0.0.3'),
      options,
    );
    const file = scratch('before-deletions');
    await backupDatabase(file, settings);
    await forgetSubmission(live, byResident.reference);
    await forgetSubmission(live, byInbox.reference, { name: 'Admin', subject: 'admin', role: 'admin' });
    await live.destroy();

    const restored = await restoreDatabase(file, settings, new Date('2026-12-03T00:00:00Z'));
    expect(restored.deletions).toBe(2);
    const after = await openDatabase(settings);
    try {
      expect(await after.selectFrom('submissions').select('reference').execute()).toEqual([
        { reference: kept.reference },
      ]);
      expect(await after.selectFrom('contacts').selectAll().execute()).toEqual([]);
      // The deletions stay on record, once each: the lookup still says when each message was deleted.
      const audit = await after.selectFrom('audit_log').select(['action', 'reference']).orderBy('action').execute();
      expect(audit).toEqual([
        { action: 'delete', reference: byInbox.reference },
        { action: 'delete-by-resident', reference: byResident.reference },
      ]);
    } finally {
      await after.destroy();
    }
    // Restored again from the same file: the same deletions, still once each in the log.
    expect((await restoreDatabase(file, settings)).deletions).toBe(2);
    const again = await openDatabase(settings);
    try {
      expect(await again.selectFrom('audit_log').selectAll().execute()).toHaveLength(2);
    } finally {
      await again.destroy();
    }
  }, 60_000);

  it('takes the nightly backup once for the installation and keeps a week of them', async () => {
    const settings = fresh();
    const live = await openDatabase(settings);
    await saveSubmission(live, send('in the backup'), at('2026-12-02T10:00:00Z'), options);
    await live.destroy();
    const folder = scratch('nightly');
    mkdirSync(folder, { mode: 0o700 });
    const ext = settings.kind === 'sqlite' ? 'db' : 'dump';
    const old = join(folder, `site-2026-11-20T220000Z.${ext}`);
    const recent = join(folder, `site-2026-11-30T220000Z.${ext}`);
    const other = join(folder, 'notes.txt');
    for (const file of [old, recent, other]) writeFileSync(file, 'x');
    const night = new Date('2026-12-02T22:00:00Z');
    const first = await nightlyBackup(folder, settings, { now: night });
    expect(first.file).toBe(join(folder, `site-2026-12-02T220000Z.${ext}`));
    expect(statSync(first.file!).mode & 0o777).toBe(0o600);
    expect(first.removed).toEqual([`site-2026-11-20T220000Z.${ext}`]);
    expect(readdirSync(folder).sort()).toEqual(
      [`site-2026-11-30T220000Z.${ext}`, `site-2026-12-02T220000Z.${ext}`, 'notes.txt'].sort(),
    );
    expect(BACKUP_DAYS).toBeLessThan(SPAM_DAYS);
    // Another node's timer, minutes later: on PostgreSQL, tonight's backup is already taken.
    const second = await nightlyBackup(folder, settings, { now: new Date(night.getTime() + 5 * 60_000) });
    expect(second.file === null).toBe(settings.kind === 'postgres');
    // Refused into a folder that is not there, with one line.
    await expect(nightlyBackup(scratch('no-such-folder'), settings, { now: night })).rejects.toThrow(/^No folder /);
  }, 60_000);

  it('keeps backups private, replaces one only when told, and restores only a file that is one', async () => {
    const settings = fresh();
    const live = await openDatabase(settings);
    const { reference } = await saveSubmission(live, send('kept'), at('2026-12-02T10:00:00Z'), options);
    await live.destroy();
    const file = scratch('private-backup');
    await backupDatabase(file, settings);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    await expect(backupDatabase(file, settings)).rejects.toThrow(/exists: name another file, or add --replace$/);
    await backupDatabase(file, settings, { replace: true });

    // A file that is not there, or not a backup: refused, the live database untouched.
    await expect(restoreDatabase(scratch('no-such-backup'), settings)).rejects.toThrow(/nothing was changed$/);
    const junk = scratch('junk');
    writeFileSync(junk, 'not a database');
    await expect(restoreDatabase(junk, settings)).rejects.toThrow(BackupError);
    const after = await openDatabase(settings);
    try {
      expect(await after.selectFrom('submissions').select('reference').execute()).toEqual([{ reference }]);
    } finally {
      await after.destroy();
    }

    // The database's password is in no message (and reaches pg_dump in its environment, not its arguments).
    if (settings.kind === 'postgres') {
      const withPassword = new URL(settings.url);
      withPassword.password = 'a-secret-password';
      withPassword.pathname = '/no_such_database';
      const failed = await backupDatabase(scratch('never'), { kind: 'postgres', url: withPassword.href }).catch(
        (error: Error) => error,
      );
      expect(failed).toBeInstanceOf(BackupError);
      expect((failed as Error).message).not.toContain('a-secret-password');
    } else {
      // The command an operator runs: one line, exit 1, no stack trace.
      const said = await run('npm', ['run', '-s', 'db:restore', '--', scratch('no-such-backup')], {
        env: { ...process.env, DATA_DIR: dirname(settings.file) },
      }).catch((error: { code: number; stderr: string }) => error);
      expect(said).toMatchObject({ code: 1, stderr: expect.stringMatching(/^No file .*nothing was changed\n$/) });
    }
  }, 60_000);
});
