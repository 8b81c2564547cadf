import { type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startStack } from '@/lib/deploy/stack';
import { stopGroup, waitFor } from '@/lib/deploy/processes';
import { kib } from './run';
import { type Load, plainNginx, rounds } from './server';

/*
 * The production stack (deploy/nginx: nginx in front of a `next start` per core) against a bare nginx
 * serving the same HTML with the same compression; and a fault run: workers killed under load.
 */

const STACK_PORT = 3300;

export async function stackBenchmark(distDir: string, article: string, workers: number): Promise<string[]> {
  const runDir = mkdtempSync(join(tmpdir(), 'bench-stack-'));
  const www = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const stack = await startStack({ port: STACK_PORT, workers, distDir, runDir });
  let bare: ChildProcess | undefined;
  try {
    const html = await (
      await fetch(`http://127.0.0.1:${STACK_PORT}${article}`, { headers: { 'accept-encoding': 'identity' } })
    ).text();
    // Bare nginx with the stack's compression (gzip level 5) and the same worker count (one per core).
    bare = await plainNginx(www, html, 'auto', 3310, 5);
    const { medians: m, rounds: r } = await rounds({
      stack: `http://127.0.0.1:${STACK_PORT}${article}`,
      bare: 'http://127.0.0.1:3310/',
    });
    const ratios = r.stack.map((x, i) => x.rps / (r.bare[i]?.rps ?? Number.NaN));
    const row = (name: string, l: Load) =>
      `| ${name} | ${l.rps.toFixed(0)} | ${l.p50} ms | ${l.p99} ms | ${l.errors} |`;
    return [
      '| production stack (article page, gzip level 5) | requests/s | p50 | p99 | errors |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('bare nginx serving the same HTML (baseline)', m.bare),
      row(`nginx in front of ${workers} next start workers (deploy/nginx)`, m.stack),
      `| **ratio stack / bare nginx** | **${(m.stack.rps / m.bare.rps).toFixed(2)}×** | | p99 ${(m.stack.p99 / Math.max(1, m.bare.p99)).toFixed(2)}× | |`,
      '',
      `Ratio in each round: ${[Math.min(...ratios), Math.max(...ratios)].map((x) => x.toFixed(2)).join('–')}×. HTML of the article: ${kib(Buffer.byteLength(html))} uncompressed.`,
    ];
  } finally {
    await stack.stop();
    if (bare) stopGroup(bare);
    await sleep(300);
    rmSync(runDir, { recursive: true, force: true });
    rmSync(www, { recursive: true, force: true });
  }
}

type Sample = { at: number; status: number; cache: string; error?: string };

/** GETs of `paths` in turn by `concurrency` clients until `until` (ms since `start`). */
async function load(origin: string, paths: string[], concurrency: number, start: number, until: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const samples: Sample[] = [];
  let next = 0;
  const one = (path: string) =>
    new Promise<Sample>((resolve) => {
      const req = request(`${origin}${path}`, { agent, headers: { 'accept-encoding': 'gzip' } }, (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            at: Date.now() - start,
            status: res.statusCode ?? 0,
            cache: String(res.headers['x-cache-status'] ?? ''),
          }),
        );
      });
      req.setTimeout(10_000, () => req.destroy());
      req.on('error', (error: NodeJS.ErrnoException) =>
        resolve({ at: Date.now() - start, status: 0, cache: '', error: error.code ?? error.message }),
      );
      req.end();
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() - start < until) samples.push(await one(paths[next++ % paths.length]!));
    }),
  );
  agent.destroy();
  return samples;
}

/**
 * Load on the stack's pages while every worker is killed at once (SIGKILL, mid-request), then started
 * again, three times over: 20 s each, the kill at 5 s, the start at 12 s. Pages stay fresh in nginx's
 * cache for 2 s here (5 minutes in production), so that most requests during the outage need a worker.
 */
export async function faultRun(distDir: string, paths: string[], workers: number, repetitions = 3): Promise<string[]> {
  const runDir = mkdtempSync(join(tmpdir(), 'bench-fault-'));
  const stack = await startStack({ port: STACK_PORT, workers, distDir, runDir, pageCacheSeconds: 2 });
  const origin = `http://127.0.0.1:${STACK_PORT}`;
  const rows: string[] = [];
  try {
    for (const path of paths) await fetch(`${origin}${path}`); // every page seen once
    for (let run = 1; run <= repetitions; run++) {
      const start = Date.now();
      const ports = [...stack.workers.keys()];
      let restartedAt = 0;
      const faults = (async () => {
        await sleep(5_000);
        for (const port of ports) process.kill(-stack.workers.get(port)!.pid!, 'SIGKILL');
        await sleep(7_000);
        restartedAt = Date.now() - start;
        for (const port of ports) stack.startWorker(port);
        await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/kk`)));
      })();
      const samples = await load(origin, paths, 16, start, 20_000);
      await faults;
      const failed = samples.filter((s) => s.status === 0 || s.status >= 500);
      const stale = samples.filter((s) => s.cache === 'STALE' || s.cache === 'UPDATING');
      const outage = samples.filter((s) => s.at >= 5_000 && s.at < restartedAt);
      const freshAgain = samples.find((s) => s.at >= restartedAt && ['HIT', 'MISS', 'EXPIRED'].includes(s.cache));
      const kinds = [...new Set(failed.map((s) => s.error ?? String(s.status)))].join(', ');
      rows.push(
        `| ${run} | ${samples.length} | **${failed.length}**${kinds ? ` (${kinds})` : ''} | ${stale.length} | ${outage.length} | ${freshAgain ? `${((freshAgain.at - restartedAt) / 1000).toFixed(1)} s` : 'not within the run'} |`,
      );
    }
    return [
      `| fault run (20 s, 16 clients, ${paths.length} pages, ${workers} workers, all killed at once at 5 s, started at 12 s) | requests | failed | served stale | requests while no worker ran | fresh again after the start |`,
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ];
  } finally {
    await stack.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}
