import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseSettings } from '@/lib/db/connect';
import type { Stamped } from '@/lib/feedback/store';
import { startPostgres, type TestPostgres } from './postgres';

/*
 * The site's database on both of its kinds, for a test file (call at its top level): the embedded
 * SQLite file and a real PostgreSQL server started for the file. Each `fresh()` is an empty database of
 * its own; `scratch(name)` a path in the file's own temporary folder. Removed after the file.
 */
export function testDatabases(prefix: string) {
  let dir = '';
  let pg: TestPostgres | undefined;
  let made = 0;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    pg = await startPostgres();
  }, 60_000);
  afterAll(() => {
    pg?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  const backends: { name: string; fresh: () => DatabaseSettings }[] = [
    { name: 'SQLite', fresh: () => ({ kind: 'sqlite', file: join(dir, `db-${++made}`, 'site.db') }) },
    {
      name: 'PostgreSQL',
      fresh: () => {
        const name = `${prefix.replace(/\W/g, '_')}_${++made}`;
        pg!.createDatabase(name);
        return { kind: 'postgres', url: pg!.url(name) };
      },
    },
  ];
  return { backends, scratch: (name: string) => join(dir, `${++made}-${name}`) };
}

/** A resident's message as the form reads it: a question about Aral, nothing else given. */
export const send = (text: string, more: Partial<Stamped> = {}): Stamped => ({
  intent: 'send',
  kind: 'question',
  topic: 'other',
  district: 'aral',
  event: null,
  text,
  name: null,
  contact: null,
  honeypot: false,
  // A form loaded long ago, named by nothing: neither too fast nor told apart from another.
  stamp: { at: 0, id: '' },
  ...more,
});
