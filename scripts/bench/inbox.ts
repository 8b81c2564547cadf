import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { type DatabaseSettings, openDatabase } from '@/lib/db/connect';
import { foldText } from '@/lib/db/migrations';
import type { Database, SubmissionStatus } from '@/lib/db/schema';
import { stopGroup } from '@/lib/deploy/processes';
import { SESSION_COOKIE, startSession } from '@/lib/inbox/sessions';
import { reportFigures } from '@/lib/reports/figures';
import { postgresEnv, startPostgres } from '../../tests/postgres';
import { median, startNext, treeRss } from './run';

/*
 * The press office's inbox with 100,000 submissions, on SQLite and PostgreSQL, served by `next start`
 * on the real build: a page filtered by territory and status (p50, p99 of sequential requests, each
 * page in turn), against the same page with 1,000 submissions in the same run; and the CSV export of
 * all 100,000 with contact details (seconds, and the server's peak memory against its memory before);
 * a resident's lookup by reference, found and not; the time to count a report's figures.
 */

const PORT = 3350;
const REQUESTS = 200;
const districts = ['kyzylorda-city', 'aral', 'kazaly', 'karmakshy', 'zhalagash', 'syrdarya', 'shieli', 'zhanakorgan'];
const statuses: SubmissionStatus[] = ['new', 'new', 'new', 'in-progress', 'answered', 'published', 'held', 'spam'];
const words = 'жоба конституция мектеп жол аурухана жұмыс су газ жер құқық сайлау әкімдік тіл білім'.split(' ');

async function fill(db: Kysely<Database>, count: number) {
  const start = Date.UTC(2026, 1, 13);
  for (let from = 0; from < count; from += 1000) {
    const rows = Array.from({ length: Math.min(1000, count - from) }, (_, k) => {
      const i = from + k;
      const body = Array.from({ length: 40 }, (_, w) => words[(i * 7 + w * 3) % words.length]).join(' ');
      const at = new Date(start + i * 90_000).toISOString();
      return {
        reference: `B${String(i).padStart(3, '0').slice(-3)}-${String(i).padStart(8, '0').slice(0, 4)}-${String(i).padStart(8, '0').slice(4)}`,
        created_at: at,
        updated_at: at,
        locale: i % 3 === 0 ? 'ru' : 'kk',
        kind: 'question' as const,
        topic: 'other',
        district: districts[i % districts.length]!,
        event: null,
        body,
        body_folded: foldText(body),
        status: statuses[(i >> 3) % statuses.length]!,
        held_reason: null,
        body_hash: String(i),
        client_hash: null,
      };
    });
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('submissions').values(rows).execute();
      await trx
        .insertInto('contacts')
        .values(
          rows
            .filter((_, k) => k % 5 === 0)
            .map((r) => ({
              reference: r.reference,
              name: 'Тұрғын',
              contact: '+77010000000',
              consent_at: r.created_at,
              consent_version: 'bench',
              delete_after: '2027-12-31T00:00:00.000Z',
            })),
        )
        .execute();
    });
  }
}

function get(url: string, cookie: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(url, { headers: { cookie } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    })
      .on('error', reject)
      .end();
  });
}

let lookups = 0;
/** A resident's lookup of `reference` (app/[locale]/feedback/look), each from an address of its own. */
function lookUpOnce(origin: string, reference: string): Promise<{ status: number; ms: number }> {
  const body = new URLSearchParams({ reference }).toString();
  lookups += 1;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/kk/feedback/look`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': `10.${(lookups >> 16) & 255}.${(lookups >> 8) & 255}.${lookups & 255}`,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function exportAll(
  origin: string,
  cookie: string,
  csrf: string,
): Promise<{ status: number; seconds: number; bytes: number }> {
  const body = new URLSearchParams({ csrf, intent: 'export-with-contacts' }).toString();
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/kk/inbox/export`,
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, seconds: (performance.now() - started) / 1000, bytes }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * p)] ?? 0;

type Row = {
  name: string;
  count: number;
  p50: number;
  p99: number;
  exportSeconds?: number;
  exportMiB?: number;
  beforeMiB?: number;
  /** A resident's lookup by reference: found, and a number nobody was given. */
  lookup?: { found: [number, number]; unknown: [number, number] };
  reportMs?: number;
};

async function measure(
  distDir: string,
  name: string,
  settings: DatabaseSettings,
  count: number,
  extra: Record<string, string>,
): Promise<Row> {
  const db = await openDatabase(settings);
  await fill(db, count);
  const { id, session } = await startSession(db, { subject: 'bench', name: 'Bench', role: 'admin' });
  // A report's figures over every message (lib/reports/figures.ts), as the inbox counts them.
  const counting = performance.now();
  const figures = await reportFigures(db, { from: '2026-02-13', to: '2026-12-31' });
  const reportMs = performance.now() - counting;
  if (figures.received === 0) throw new Error('report: nothing counted');
  await db.destroy();
  const server = await startNext(distDir, PORT, extra);
  try {
    const cookie = `${SESSION_COOKIE}=${id}`;
    const origin = `http://127.0.0.1:${PORT}`;
    const times: number[] = [];
    // Each territory's new submissions, page after page (the list's pages of 25).
    for (let i = 0; i < REQUESTS + 10; i++) {
      const district = districts[i % districts.length];
      const { status, ms } = await get(
        `${origin}/kk/inbox?district=${district}&status=new&page=${1 + (i % 20)}`,
        cookie,
      );
      if (status !== 200) throw new Error(`inbox page: ${status}`);
      if (i >= 10) times.push(ms);
    }
    const row: Row = { name, count, p50: median(times), p99: percentile(times, 0.99), reportMs };
    const looked = { found: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < REQUESTS + 10; i++) {
      const n = String((i * 7919) % count).padStart(8, '0');
      const found = await lookUpOnce(origin, `B${n.slice(-3)}-${n.slice(0, 4)}-${n.slice(4)}`);
      const unknown = await lookUpOnce(origin, `Z${n.slice(-3)}-${n.slice(0, 4)}-${n.slice(4)}`);
      if (found.status !== 200 || unknown.status !== 404) throw new Error(`lookup: ${found.status}, ${unknown.status}`);
      if (i >= 10) {
        looked.found.push(found.ms);
        looked.unknown.push(unknown.ms);
      }
    }
    row.lookup = {
      found: [median(looked.found), percentile(looked.found, 0.99)],
      unknown: [median(looked.unknown), percentile(looked.unknown, 0.99)],
    };
    if (count >= 100_000) {
      const before = treeRss(server.pid!, 'VmHWM');
      const done = await exportAll(origin, cookie, session.csrf);
      if (done.status !== 200) throw new Error(`export: ${done.status}`);
      return {
        ...row,
        exportSeconds: done.seconds,
        exportMiB: treeRss(server.pid!, 'VmHWM') / 2 ** 20,
        beforeMiB: before / 2 ** 20,
      };
    }
    return row;
  } finally {
    await stopGroup(server);
  }
}

export async function inboxBenchmark(distDir: string): Promise<string[]> {
  const rows: Row[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'inbox-bench-'));
  const pg = await startPostgres();
  try {
    for (const count of [1_000, 100_000]) {
      const file = join(dir, String(count));
      rows.push(
        await measure(distDir, 'SQLite', { kind: 'sqlite', file: join(file, 'site.db') }, count, { DATA_DIR: file }),
      );
      const database = `inbox_${count}`;
      pg.createDatabase(database);
      rows.push(
        await measure(
          distDir,
          'PostgreSQL',
          { kind: 'postgres', url: pg.url(database) },
          count,
          postgresEnv(pg.url(database)),
        ),
      );
    }
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const lines = [
    `The inbox (\`next start\`, an administrator signed in): a page of 25 filtered by territory and status, ${REQUESTS} requests one after another over the pages; the CSV export of every submission with contact details.`,
    '',
    `A resident's lookup (\`/feedback/look\`, a POST answered no sooner than 25 ms whether the message is there or not: goal p99 ≤ 50 ms), ${REQUESTS} of a reference given and ${REQUESTS} of one never given, each from an address of its own; and the time to count a report's figures over every submission.`,
    '',
    '| Database | Submissions | Filtered page p50 | p99 | p50 against 1,000 | Export of all (CSV) | Server memory, peak (before) | Lookup p50 / p99, found | unknown | Report figures |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const base = rows.find((r) => r.name === row.name && r.count === 1_000)!;
    lines.push(
      `| ${row.name} | ${row.count.toLocaleString('en')} | ${ms(row.p50)} | ${ms(row.p99)} | ${(row.p50 / base.p50).toFixed(2)}× | ${row.exportSeconds ? `${row.exportSeconds.toFixed(1)} s` : '—'} | ${row.exportMiB ? `${row.exportMiB.toFixed(0)} MiB (${row.beforeMiB!.toFixed(0)} MiB)` : '—'} | ${row.lookup ? `${ms(row.lookup.found[0])} / ${ms(row.lookup.found[1])}` : '—'} | ${row.lookup ? `${ms(row.lookup.unknown[0])} / ${ms(row.lookup.unknown[1])}` : '—'} | ${row.reportMs === undefined ? '—' : ms(row.reportMs)} |`,
    );
  }
  return lines;
}
