import { request } from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DatabaseSettings, openDatabase } from '@/lib/db/connect';
import { waitFor } from '@/lib/deploy/processes';
import { startStack } from '@/lib/deploy/stack';
import { postgresEnv, startPostgres } from '../../tests/postgres';
import { DURATION } from './server';
import { median } from './run';

/*
 * Residents' messages through the production stack (nginx, a worker per core), on SQLite and on
 * PostgreSQL: submissions per second with p50 and p99 beside the article page's requests per second
 * measured the same way in the same run; then the SIGKILL run: every worker killed while residents
 * write, and the references given against those found. Each submission comes from its own loopback
 * address (127.0.x.y), as residents do: nginx's limit is per address.
 */

const PORT = 3330;
const CLIENTS = 16;

let address = 0;
function nextAddress() {
  address += 1;
  return `127.${1 + ((address >> 16) & 127)}.${(address >> 8) & 255}.${address & 255 || 1}`;
}

type Result = { status: number; ms: number; reference?: string };

function post(origin: string, i: number): Promise<Result> {
  const body = new URLSearchParams({
    intent: 'send',
    kind: 'question',
    topic: 'other',
    district: 'aral',
    text: `Жоба туралы сұрақ №${i}`,
    name: `Тұрғын ${i}`,
    contact: `+7701${String(i).padStart(7, '0')}`,
    consent: 'yes',
    started: '1',
  }).toString();
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      `${origin}/kk/feedback/send`,
      {
        method: 'POST',
        localAddress: nextAddress(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        // The reference is in the answer's page (no address holds it): read to its end.
        let page = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (page += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ms: performance.now() - started,
            reference: /<strong>([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})<\/strong>/.exec(page)?.[1],
          }),
        );
      },
    );
    req.setTimeout(10_000, () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

function get(origin: string, path: string): Promise<Result> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end();
  });
}

/** `CLIENTS` clients sending one after another for `seconds`. */
async function drive(send: (i: number) => Promise<Result>, seconds: number, stop?: { now: boolean }) {
  const results: Result[] = [];
  const end = Date.now() + seconds * 1000;
  let i = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (Date.now() < end && !stop?.now) results.push(await send(++i));
    }),
  );
  return results;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

function summary(results: Result[], seconds: number, ok: (r: Result) => boolean) {
  const good = results.filter(ok);
  return {
    perSecond: good.length / seconds,
    p50: median(good.map((r) => r.ms)),
    p99: percentile(
      good.map((r) => r.ms),
      99,
    ),
    failed: results.length - good.length,
  };
}

export async function feedbackBenchmark(distDir: string, article: string, workers: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-feedback-'));
  // nginx's workers (nobody) reach their cache inside.
  chmodSync(dir, 0o755);
  const pg = await startPostgres();
  pg.createDatabase('bench');
  const backends: { name: string; env: Record<string, string>; db: DatabaseSettings }[] = [
    {
      name: 'SQLite',
      env: { DATA_DIR: join(dir, 'data') },
      db: { kind: 'sqlite', file: join(dir, 'data', 'site.db') },
    },
    { name: 'PostgreSQL', env: postgresEnv(pg.url('bench')), db: { kind: 'postgres', url: pg.url('bench') } },
  ];
  const rows: string[] = [];
  const kills: string[] = [];
  try {
    for (const backend of backends) {
      const stack = await startStack({
        port: PORT,
        workers,
        distDir,
        runDir: join(dir, backend.name),
        env: backend.env,
      });
      const origin = `http://127.0.0.1:${PORT}`;
      try {
        await get(origin, article);
        const pages = summary(await drive(() => get(origin, article), DURATION), DURATION, (r) => r.status === 200);
        const sent = summary(await drive((i) => post(origin, i), DURATION), DURATION, (r) => r.status === 200);
        const ms = (n: number) => `${n.toFixed(1)} ms`;
        rows.push(
          `| ${backend.name} | ${sent.perSecond.toFixed(0)} | ${ms(sent.p50)} | ${ms(sent.p99)} | ${sent.failed} | ${pages.perSecond.toFixed(0)} | ${(sent.perSecond / pages.perSecond).toFixed(3)}× |`,
        );

        // The SIGKILL run: every worker killed at 3 s while residents write, started again at 5 s.
        const ports = [...stack.workers.keys()];
        const stop = { now: false };
        const writing = drive((i) => post(origin, 1_000_000 + i), 8, stop);
        await sleep(3_000);
        for (const port of ports) process.kill(-stack.workers.get(port)!.pid!, 'SIGKILL');
        await sleep(2_000);
        for (const port of ports) stack.startWorker(port);
        await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/kk`)));
        const results = await writing;
        const given = results.filter((r) => r.status === 200 && r.reference).map((r) => r.reference!);
        const db = await openDatabase(backend.db);
        const found = new Set(
          (await db.selectFrom('submissions').select('reference').execute()).map((r) => r.reference),
        );
        await db.destroy();
        const missing = given.filter((reference) => !found.has(reference)).length;
        const refused = results.filter((r) => r.status !== 200).length;
        kills.push(`| ${backend.name} | ${given.length} | ${given.length - missing} | **${missing}** | ${refused} |`);
      } finally {
        await stack.stop();
      }
    }
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    `| residents' messages through nginx (${workers} workers, ${CLIENTS} clients, ${DURATION} s, each from its own address) | submissions/s | p50 | p99 | refused or failed | article page requests/s, same run | submissions ÷ page |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `| SIGKILL run (8 s of submissions, every worker killed at 3 s, started again at 5 s) | references given | found afterwards | **lost** | not acknowledged (connection cut, 502) |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...kills,
  ];
}
