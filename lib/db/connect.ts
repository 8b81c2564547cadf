import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  Migrator,
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type SqliteDialectConfig,
} from 'kysely';
import Sqlite from 'libsql';
import { Pool } from 'pg';
import { env } from '@/lib/env';
import { migrations } from './migrations';
import type { Database } from './schema';

/*
 * The one connection to the site's database (docs/residents-messages.md). Embedded by default: a
 * SQLite file in the data folder (DATA_DIR, .data), so that serving the site needs no set-up step;
 * DATABASE_URL=postgres://… for PostgreSQL (production, several servers). One query layer for both:
 * Kysely, with SQLite through libsql (better-sqlite3's interface, prebuilt for this platform: no
 * compiler) and PostgreSQL through pg. Migrated on first use, one process at a time.
 */

export type DatabaseSettings = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export function databaseSettings(): DatabaseSettings {
  const { DATABASE_URL, DATA_DIR } = env();
  if (DATABASE_URL) return { kind: 'postgres', url: DATABASE_URL };
  return { kind: 'sqlite', file: join(DATA_DIR ?? '.data', 'site.db') };
}

/**
 * SQLite with every transaction taking the write lock when it begins (`begin immediate`): workers
 * writing together wait their turn (busy_timeout) instead of failing halfway, and a migration runs
 * whole inside one transaction, once, whichever worker starts first.
 */
class SqliteWriterDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new (class extends SqliteDriver {
      override async beginTransaction(connection: DatabaseConnection) {
        await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      }
    })(this.#config);
  }
  override createAdapter() {
    return new (class extends SqliteAdapter {
      override get supportsTransactionalDdl() {
        return true;
      }
    })();
  }
}

function sqlite(file: string) {
  mkdirSync(dirname(file), { recursive: true });
  const database = new Sqlite(file);
  // WAL: readers never wait for the writer. FULL: a commit is on disk before the resident is thanked.
  database.exec('pragma busy_timeout = 10000');
  database.exec('pragma journal_mode = wal');
  database.exec('pragma synchronous = full');
  database.exec('pragma foreign_keys = on');
  // What is deleted (a resident's own deletion, contact details whose time is up) is overwritten with
  // zeros, not left in the file's free space.
  database.exec('pragma secure_delete = on');
  return new SqliteWriterDialect({ database: database as unknown as SqliteDialectConfig['database'] });
}

function postgres(url: string) {
  const pool = new Pool({ connectionString: url, max: 5 });
  // An idle connection the server closed (a restart, a failover): one line; the next query opens another.
  pool.on('error', (error) => console.error(`database: a connection failed (${error.name})`));
  return new PostgresDialect({ pool });
}

/** A connection to the database these settings name, migrated to the latest version. */
export async function openDatabase(settings: DatabaseSettings = databaseSettings()): Promise<Kysely<Database>> {
  const dialect = settings.kind === 'sqlite' ? sqlite(settings.file) : postgres(settings.url);
  const db = new Kysely<Database>({ dialect });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error;
  }
  return db;
}

/**
 * After the retention job: SQLite's log of recent writes (the -wal file) still holds the pages as they
 * were before a deletion until it is folded into the database; folded and emptied here. (PostgreSQL
 * keeps a deleted row's bytes until VACUUM reuses its space, which autovacuum does.)
 */
export async function foldDeletions(db: Kysely<Database>, settings: DatabaseSettings = databaseSettings()) {
  if (settings.kind === 'sqlite') await db.executeQuery(CompiledQuery.raw('pragma wal_checkpoint(TRUNCATE)'));
}

let shared: Promise<Kysely<Database>> | undefined;

/** The process's database, opened (and migrated) once. */
export function database(): Promise<Kysely<Database>> {
  shared ??= openDatabase().catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
