import type { Kysely } from 'kysely';
import { Pool } from 'pg';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { Database } from '../db/schema';
import { env } from '../env';

/*
 * How `next start` limits what one address may ask for a minute, as nginx does in front of it
 * (limit_req, deploy/nginx/site.conf: the same numbers). Several people share an address on mobile
 * networks and in offices: a limit for programs, not for a family. With PostgreSQL (DATABASE_URL) the
 * counts are kept there, so that every worker of every node counts against one limit
 * (rate-limiter-flexible's PostgreSQL store); with SQLite, one machine, each worker counts for itself.
 * The database failing, each worker counts in its own memory until it is back: never a refusal for that.
 */

/** The table of counts in PostgreSQL (lib/db/migrations.ts makes it; the retention job empties it of old ones). */
const LIMITS_TABLE = 'rate_limits' satisfies keyof Database;

const pools = new Map<string, Pool>();

function limiter(name: string, perMinute: number, url: string | undefined): RateLimiterAbstract {
  const memory = new RateLimiterMemory({ points: perMinute, duration: 60, keyPrefix: name });
  if (!url) return memory;
  // Its own two connections: a flood's counting never waits behind the messages being stored.
  if (!pools.has(url)) {
    const pool = new Pool({ connectionString: url, max: 2 });
    // An idle connection the server closed (a restart): one line, never the process's end.
    pool.on('error', (error) => console.error(`limits: a database connection failed (${error.name})`));
    pools.set(url, pool);
  }
  return new RateLimiterPostgres({
    storeClient: pools.get(url),
    storeType: 'pool',
    tableName: LIMITS_TABLE,
    tableCreated: true,
    keyPrefix: name,
    points: perMinute,
    duration: 60,
    insuranceLimiter: memory,
  });
}

/**
 * Seconds one address waits before it may ask again (0: it may go on), at `perMinute` a minute,
 * counted under `name` (one limit per kind of request).
 */
export function perAddress(
  perMinute: number,
  name: string,
  { url = env().DATABASE_URL }: { url?: string | undefined } = {},
): (address: string | null) => Promise<number> {
  const limit = limiter(name, perMinute, url);
  return async (address) => {
    try {
      await limit.consume(address ?? 'unknown');
      return 0;
    } catch (result) {
      if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw result;
    }
  };
}

/** Counts whose minute is over (the retention job: lib/db/migrations.ts keeps the table on both kinds). */
export async function forgetOldCounts(db: Kysely<Database>, now = Date.now()): Promise<number> {
  const { numDeletedRows } = await db.deleteFrom(LIMITS_TABLE).where('expire', '<', now).executeTakeFirst();
  return Number(numDeletedRows);
}
