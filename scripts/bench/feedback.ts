import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type DatabaseSettings, openDatabase } from '@/lib/db/connect';
import { stopGroup, waitFor } from '@/lib/deploy/processes';
import { type Stack, startStack } from '@/lib/deploy/stack';
import { POSTS_PER_MINUTE } from '@/lib/feedback/limit';
import { startBalancer } from '../../tests/balancer';
import { inboxEnv } from '../../tests/inbox-env';
import { startProvider } from '../../tests/oidc-provider';
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
const PROVIDER_PORT = 3390;
const BALANCER_PORT = 3349;
const CLIENTS = 16;

let address = 0;
function nextAddress() {
  address += 1;
  return `127.${1 + ((address >> 16) & 127)}.${(address >> 8) & 255}.${address & 255 || 1}`;
}

type Result = { status: number; ms: number; reference?: string };

function post(origin: string, i: number, localAddress = nextAddress()): Promise<Result> {
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
        localAddress,
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

function get(origin: string, path: string, localAddress?: string): Promise<Result> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(`${origin}${path}`, { headers: { 'accept-encoding': 'gzip' }, localAddress }, (res) => {
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
  const floods: string[] = [];
  // The git host's sign-in, a real OpenID provider (the tests'), for the flood of sign-in starts.
  const provider = await startProvider(PROVIDER_PORT, [`http://127.0.0.1:${PORT}`]);
  try {
    for (const backend of backends) {
      const stack = await startStack({
        port: PORT,
        workers,
        distDir,
        runDir: join(dir, backend.name),
        env: { ...backend.env, ...inboxEnv(PROVIDER_PORT) },
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

        // The same submissions while anonymous sign-in starts flood the inbox from addresses of their
        // own (each within its own limit: the worst case, a botnet), every one a row written.
        const [during, starts] = await Promise.all([
          drive((i) => post(origin, 2_000_000 + i), DURATION),
          drive(() => get(origin, '/kk/inbox/auth', nextAddress()), DURATION),
        ]);
        const flooded = summary(during, DURATION, (r) => r.status === 200);
        const begun = starts.filter((r) => r.status === 303).length / DURATION;
        const startsRefused = starts.filter((r) => r.status !== 303).length;
        floods.push(
          `| ${backend.name} | ${ms(sent.p99)} | ${ms(flooded.p99)} | ${(flooded.p99 / sent.p99).toFixed(2)}× | ${sent.perSecond.toFixed(0)} | ${flooded.perSecond.toFixed(0)} | ${begun.toFixed(0)} | ${startsRefused} |`,
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
    provider.close();
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
    '',
    `| submissions during a flood of anonymous sign-in starts (${CLIENTS} clients each, every start from its own address) | p99 alone | p99 during the flood | ratio | submissions/s alone | during | sign-in starts/s answered | starts refused |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...floods,
  ];
}

/**
 * Several nodes on one PostgreSQL behind a balancer (docs/production.md): submissions through the
 * balancer to one node and to two (on this two-core machine both share the same cores: the point is
 * that the second node costs little and changes nothing, not a speed-up), and one address's posts
 * spread over both nodes against the stated limit.
 */
export async function nodesBenchmark(distDir: string, workers: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-nodes-'));
  chmodSync(dir, 0o755);
  const pg = await startPostgres();
  const rows: string[] = [];
  let limited = '';
  try {
    for (const count of [1, 2]) {
      pg.createDatabase(`nodes_${count}`);
      const env = postgresEnv(pg.url(`nodes_${count}`));
      const ports = [3350, 3360].slice(0, count);
      const stacks: Stack[] = [];
      let balancer: ChildProcess | undefined;
      try {
        for (const [i, port] of ports.entries())
          stacks.push(
            await startStack({
              port,
              workers,
              distDir,
              runDir: join(dir, `${count}-${i}`),
              env,
              realIpFrom: ['127.0.0.1'],
            }),
          );
        balancer = await startBalancer(join(dir, `balancer-${count}`), BALANCER_PORT, ports);
        const origin = `http://127.0.0.1:${BALANCER_PORT}`;
        const sent = summary(
          await drive((i) => post(origin, 3_000_000 + i), DURATION),
          DURATION,
          (r) => r.status === 200,
        );
        const ms = (n: number) => `${n.toFixed(1)} ms`;
        rows.push(`| ${count} | ${sent.perSecond.toFixed(0)} | ${ms(sent.p50)} | ${ms(sent.p99)} | ${sent.failed} |`);
        if (count === 2) {
          // One address (a program), three times the stated rate at once, spread over both nodes.
          const flood = await Promise.all(
            Array.from({ length: 3 * POSTS_PER_MINUTE }, (_, i) => post(origin, 4_000_000 + i, '127.0.9.9')),
          );
          limited = `| two nodes, ${3 * POSTS_PER_MINUTE} posts from one address at once | ${flood.filter((r) => r.status !== 429).length} taken | ${POSTS_PER_MINUTE} a minute stated |`;
        }
      } finally {
        if (balancer) stopGroup(balancer);
        for (const stack of stacks) await stack.stop();
      }
    }
  } finally {
    pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return [
    `| nodes behind the balancer (PostgreSQL, ${workers} workers a node, ${CLIENTS} clients, ${DURATION} s) | submissions/s | p50 | p99 | refused or failed |`,
    '| ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    '| the posting limit across nodes | taken | stated |',
    '| --- | ---: | ---: |',
    limited,
  ];
}
