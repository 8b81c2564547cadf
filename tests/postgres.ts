import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePorts } from './ports';

/*
 * A real PostgreSQL server for the tests (Debian's postgresql package; docs/tests.md): a throwaway
 * cluster in a temporary folder, on a free port of loopback, stopped and removed afterwards. As root
 * (CI, this machine) it runs as the package's `postgres` user, since PostgreSQL refuses root.
 */

function binaries(): string {
  const base = '/usr/lib/postgresql';
  const version = existsSync(base) ? readdirSync(base).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  if (!version) throw new Error('PostgreSQL is not installed: apt-get install -y postgresql (docs/tests.md)');
  return join(base, version, 'bin');
}

export type TestPostgres = {
  url: (database?: string) => string;
  createDatabase: (name: string) => void;
  stop: () => void;
};

/** A PostgreSQL server of its own, on a free port (or on `port`, where a test expects it to appear). */
export async function startPostgres({ port: chosen }: { port?: number } = {}): Promise<TestPostgres> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), 'pg-'));
  const data = join(dir, 'data');
  const port = chosen ?? (await freePorts(1));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = {
      uid: Number(execFileSync('id', ['-u', 'postgres'])),
      gid: Number(execFileSync('id', ['-g', 'postgres'])),
    };
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (command: string, args: string[]) => {
    const [file, argv] = asRoot
      ? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
      : [join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    '-w',
    'start',
  ]);
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    url,
    createDatabase: (name) => run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]),
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** What a process serving from a PostgreSQL database is given: its address, and the site's secret every node shares. */
export const postgresEnv = (url: string) => ({
  DATABASE_URL: url,
  SITE_SECRET: 'the-test-installations-secret-shared-by-every-node',
});
