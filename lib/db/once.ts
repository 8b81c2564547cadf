import { type Kysely, sql } from 'kysely';
import type { DatabaseSettings } from './connect';
import type { Database } from './schema';

/*
 * A nightly job (the retention job) run once for the whole installation, wherever its timers fire. On
 * PostgreSQL, which several nodes share, under an advisory lock held for the run, and not again when a
 * run of it was recorded (job_runs) within `gapMs`: two nodes' timers fire minutes apart. On SQLite,
 * one machine's file, as it is.
 */

export type Once<T> = { ran: true; result: T } | { ran: false; because: 'running' | 'done' };

export async function onceForAll<T>(
  db: Kysely<Database>,
  settings: DatabaseSettings,
  { job, gapMs, now = new Date() }: { job: string; gapMs: number; now?: Date },
  run: () => Promise<T>,
): Promise<Once<T>> {
  if (settings.kind === 'sqlite') return { ran: true, result: await run() };
  const key = `qyzylorda:${job}`;
  // A session lock, on one connection held for the run; the job itself uses the others.
  return db.connection().execute(async (connection) => {
    const { rows } = await sql<{ got: boolean }>`select pg_try_advisory_lock(hashtext(${key})) as got`.execute(
      connection,
    );
    if (!rows[0]?.got) return { ran: false, because: 'running' } as const;
    try {
      const since = new Date(now.getTime() - gapMs).toISOString();
      const recent = await connection
        .selectFrom('job_runs')
        .select('ran_at')
        .where('job', '=', job)
        .where('ran_at', '>=', since)
        .executeTakeFirst();
      if (recent) return { ran: false, because: 'done' } as const;
      return { ran: true, result: await run() } as const;
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${key}))`.execute(connection);
    }
  });
}
