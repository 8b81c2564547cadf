import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import autocannon from 'autocannon';
import { stopGroup, waitFor } from '@/lib/deploy/processes';
import { kib, median, startNext } from './run';
import { env } from '@/lib/env';

/*
 * Requests/s and latency of `next start` on an article page against nginx serving the same HTML bytes
 * with gzip, measured in the same run, in rounds that take turns so that a slow spell of the machine
 * falls on every server alike.
 */

export const DURATION = env().BENCH_SECONDS ?? 8;
export const ROUNDS = 3;
export const CONNECTIONS = 32;

export type Load = { rps: number; p50: number; p99: number; errors: number };

export async function load(url: string, seconds = DURATION): Promise<Load> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The median round of each measure (errors summed), so that one noisy round does not decide. */
export function summary(rounds: Load[]): Load {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

/** Rounds of `load` on each URL in turn; the medians of each. */
export async function rounds<K extends string>(
  urls: Record<K, string>,
): Promise<{ medians: Record<K, Load>; rounds: Record<K, Load[]> }> {
  for (const url of Object.values<string>(urls)) await load(url, 3); // warm-up: caches and JIT
  const all = Object.fromEntries(Object.keys(urls).map((k) => [k, [] as Load[]])) as Record<K, Load[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, url] of Object.entries(urls) as [K, string][]) all[name].push(await load(url));
  }
  const medians = Object.fromEntries(Object.entries(all).map(([k, v]) => [k, summary(v as Load[])])) as Record<K, Load>;
  return { medians, rounds: all };
}

/** A plain nginx serving `html` for every path, with `workers` processes, on `port`, gzip at `gzipLevel`. */
export async function plainNginx(
  www: string,
  html: string,
  workers: string,
  port: number,
  gzipLevel = 1,
): Promise<ChildProcess> {
  writeFileSync(join(www, 'index.html'), html);
  execFileSync('chmod', ['755', www]);
  const conf = join(www, `nginx-${port}.conf`);
  writeFileSync(
    conf,
    `worker_processes ${workers}; daemon off; pid ${www}/nginx-${port}.pid; error_log ${www}/error-${port}.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html; gzip on; gzip_comp_level ${gzipLevel}; gzip_types text/html; gzip_min_length 0;
  server { listen 127.0.0.1:${port}; root ${www}; location / { try_files /index.html =404; } } }\n`,
  );
  const child = spawn('/usr/sbin/nginx', ['-c', conf], { detached: true, stdio: 'ignore' });
  await waitFor(`http://127.0.0.1:${port}/`);
  return child;
}

export async function serverBenchmark(distDir: string, article: string): Promise<string[]> {
  const next = await startNext(distDir, 3200);
  const www = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  const nginx: ChildProcess[] = [];
  try {
    const html = await (await fetch(`http://127.0.0.1:3200${article}`)).text();
    nginx.push(await plainNginx(www, html, 'auto', 3201), await plainNginx(www, html, '1', 3202));
    const { medians: m, rounds: r } = await rounds({
      next: `http://127.0.0.1:3200${article}`,
      auto: 'http://127.0.0.1:3201/',
      one: 'http://127.0.0.1:3202/',
    });
    const ratios = r.next.map((x, i) => x.rps / (r.auto[i]?.rps ?? Number.NaN));
    const row = (name: string, l: Load) =>
      `| ${name} | ${l.rps.toFixed(0)} | ${l.p50} ms | ${l.p99} ms | ${l.errors} |`;
    return [
      '| server (article page, same HTML bytes) | requests/s | p50 | p99 | errors |',
      '| --- | ---: | ---: | ---: | ---: |',
      row('nginx, Debian default: a worker per core (baseline)', m.auto),
      row('nginx, 1 worker', m.one),
      row('next start (this site)', m.next),
      `| **ratio next / nginx baseline** | **${(m.next.rps / m.auto.rps).toFixed(3)}×** | | | |`,
      '',
      `Ratio in each round: ${[Math.min(...ratios), Math.max(...ratios)].map((x) => x.toFixed(3)).join('–')}×; against one nginx worker: ${(m.next.rps / m.one.rps).toFixed(3)}×. HTML of the article: ${kib(Buffer.byteLength(html))} uncompressed.`,
    ];
  } finally {
    stopGroup(next);
    for (const child of nginx) stopGroup(child);
    await sleep(500);
    rmSync(www, { recursive: true, force: true });
  }
}
