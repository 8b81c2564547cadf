// npm run bench: measures the site on this machine and prints (and writes into README.md) a table of
//  1. requests/s and latency of `next start` on an article page against nginx serving the same
//     HTML bytes with gzip, measured in the same run, as a ratio;
//  2. bytes transferred per page type to a phone (headless Chromium);
//  3. build time, peak memory and list-page size for the real content and for 200 and 2,000
//     generated articles × 2 languages (generated into a temporary folder, never committed).
// Needs Debian's nginx and chromium (apt-get install -y nginx chromium).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/chromium';
import autocannon from 'autocannon';
import { measureTransfer } from '../tests/e2e/transfer';

const ARTICLE = '/kk/news/qyzylordada-koalitsiya-quryldy';
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = 3;
const CONNECTIONS = 32;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Resident memory of a process and all its descendants, in bytes (from /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

async function timedBuild(contentDir: string, distDir: string) {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    env: { ...env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  if (code !== 0) throw new Error(`build of ${contentDir} failed:\n${log.slice(-3000)}`);
  const listHtml = join(distDir, 'server/app/kk/news.html');
  return { seconds: (performance.now() - started) / 1000, peakMiB: peak / 2 ** 20, listBytes: statSync(listHtml).size };
}

/** A copy of content/ plus `count` generated articles in both languages (the real article's text). */
function generatedContent(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-content-${count}-`));
  cpSync('content', dir, { recursive: true });
  for (const locale of ['kk', 'ru'] as const) {
    const real = readFileSync(`content/news/qyzylordada-koalitsiya-quryldy/${locale}.md`, 'utf8');
    const body = real.split(/^---$/m).slice(2).join('---');
    for (let i = 1; i <= count; i++) {
      const slug = `bench-${String(i).padStart(5, '0')}`;
      const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 6).toISOString().slice(0, 10);
      mkdirSync(join(dir, 'news', slug), { recursive: true });
      const title = locale === 'kk' ? `Жүктеме сынағы ${i}` : `Нагрузочный тест ${i}`;
      writeFileSync(
        join(dir, 'news', slug, `${locale}.md`),
        `---\ntitle: '${title}'\ndate: ${day}\nsummary: '${title}'\n---\n${body}`,
      );
    }
  }
  return dir;
}

async function waitFor(url: string) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not up yet.
    }
    await sleep(200);
  }
  throw new Error(`${url} did not come up`);
}

function stop(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

type Load = { rps: number; p50: number; p99: number; errors: number };

async function load(url: string): Promise<Load> {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** The median round of each measure (errors summed), so that one noisy round does not decide. */
function summary(rounds: Load[]): Load {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

// Debian's default (a worker per core) and one worker, as next start is one process.
const NGINX = { auto: 3201, '1': 3202 } as const;

async function serverBenchmark(distDir: string) {
  const next = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', '3200'], {
    env: { ...env, NEXT_DIST_DIR: distDir },
    detached: true,
    stdio: 'ignore',
  });
  const www = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  const nginx: ChildProcess[] = [];
  try {
    await waitFor(`http://127.0.0.1:3200${ARTICLE}`);
    const html = await (await fetch(`http://127.0.0.1:3200${ARTICLE}`)).text();
    writeFileSync(join(www, 'index.html'), html);
    execFileSync('chmod', ['755', www]);
    for (const [workers, port] of Object.entries(NGINX)) {
      const conf = join(www, `nginx-${port}.conf`);
      writeFileSync(
        conf,
        `worker_processes ${workers}; daemon off; pid ${www}/nginx-${port}.pid; error_log ${www}/error-${port}.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html; gzip on; gzip_types text/html; gzip_min_length 0;
  server { listen 127.0.0.1:${port}; root ${www}; location / { try_files /index.html =404; } } }\n`,
      );
      nginx.push(spawn('/usr/sbin/nginx', ['-c', conf], { detached: true, stdio: 'ignore' }));
      await waitFor(`http://127.0.0.1:${port}/`);
    }
    const urls = {
      next: `http://127.0.0.1:3200${ARTICLE}`,
      auto: `http://127.0.0.1:${NGINX.auto}/`,
      one: `http://127.0.0.1:${NGINX['1']}/`,
    };
    for (const url of Object.values(urls)) await load(url); // warm-up: caches and JIT
    // Rounds that take turns, so that a slow spell of the machine falls on every server alike.
    const rounds: Record<keyof typeof urls, Load[]> = { next: [], auto: [], one: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, url] of Object.entries(urls) as [keyof typeof urls, string][])
        rounds[name].push(await load(url));
    }
    const ratios = rounds.next.map((r, i) => r.rps / (rounds.auto[i]?.rps ?? Number.NaN));
    return {
      next: summary(rounds.next),
      nginx: { auto: summary(rounds.auto), one: summary(rounds.one) },
      ratioRange: [Math.min(...ratios), Math.max(...ratios)] as const,
      htmlBytes: Buffer.byteLength(html),
    };
  } finally {
    stop(next);
    for (const child of nginx) stop(child);
    await sleep(500);
    rmSync(www, { recursive: true, force: true });
  }
}

async function pageBytes(distDir: string) {
  const next = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', '3202'], {
    env: { ...env, NEXT_DIST_DIR: distDir },
    detached: true,
    stdio: 'ignore',
  });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    await waitFor('http://127.0.0.1:3202/kk');
    const rows: { page: string; total: number; byType: Record<string, number>; otherOrigins: number }[] = [];
    for (const [name, path] of Object.entries({
      home: '/kk',
      news: '/kk/news',
      article: ARTICLE,
      coalition: '/kk/coalition',
      person: '/kk/people/zhandos-bazartai',
      events: '/kk/events',
      'not found': '/kk/nope',
    })) {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
      const t = await measureTransfer(page, `http://127.0.0.1:3202${path}`);
      await page.close();
      const byType: Record<string, number> = {};
      for (const r of t.requests) byType[r.type] = (byType[r.type] ?? 0) + r.bytes;
      rows.push({
        page: name,
        total: t.bytes,
        byType,
        otherOrigins: t.requests.filter((r) => !r.url.startsWith('http://127.0.0.1:3202')).length,
      });
    }
    return rows;
  } finally {
    await browser.close();
    stop(next);
    await sleep(500);
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const builds: { name: string; articles: number; seconds: number; peakMiB: number; listBytes: number }[] = [];
const tempDirs: string[] = [];
// `next build` with another distDir adds that folder's types to tsconfig.json: put it back after.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
try {
  rmSync('.bench', { recursive: true, force: true });
  builds.push({ name: 'real content', articles: 1, ...(await timedBuild('content', '.bench/real')) });
  for (const count of [200, 2000]) {
    const dir = generatedContent(count);
    tempDirs.push(dir);
    builds.push({ name: `${count} generated`, articles: count + 1, ...(await timedBuild(dir, `.bench/${count}`)) });
  }
} finally {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  writeFileSync('tsconfig.json', tsconfig);
  // Put the generated files (.contentlayer, fonts) back to the real content.
  execFileSync('npm', ['run', 'content:build'], { env: { ...env, CONTENT_DIR: 'content' }, stdio: 'ignore' });
}

const server = await serverBenchmark('.bench/real');
const bytes = await pageBytes('.bench/real');
for (const count of [200, 2000]) rmSync(`.bench/${count}`, { recursive: true, force: true });

const { auto: nginxAuto, one: nginxOne } = server.nginx;
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROUNDS} rounds taking turns, ${DURATION} s per server per round, ${CONNECTIONS} connections, gzip; medians of the rounds.`,
  '',
  '| server (article page, same HTML bytes) | requests/s | p50 | p99 | errors |',
  '| --- | ---: | ---: | ---: | ---: |',
  `| nginx, Debian default: a worker per core (baseline) | ${nginxAuto.rps.toFixed(0)} | ${nginxAuto.p50} ms | ${nginxAuto.p99} ms | ${nginxAuto.errors} |`,
  `| nginx, 1 worker | ${nginxOne.rps.toFixed(0)} | ${nginxOne.p50} ms | ${nginxOne.p99} ms | ${nginxOne.errors} |`,
  `| next start (this site) | ${server.next.rps.toFixed(0)} | ${server.next.p50} ms | ${server.next.p99} ms | ${server.next.errors} |`,
  `| **ratio next / nginx baseline** | **${(server.next.rps / nginxAuto.rps).toFixed(3)}×** | | | |`,
  '',
  `Ratio in each round: ${server.ratioRange.map((r) => r.toFixed(3)).join('–')}×; against one nginx worker: ${(server.next.rps / nginxOne.rps).toFixed(3)}×. HTML of the article: ${kib(server.htmlBytes)} uncompressed.`,
  '',
  '| page (kk, phone, cold cache) | total transferred | HTML | CSS | JS | fonts | requests to other origins |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...bytes.map(
    (r) =>
      `| ${r.page} | ${kib(r.total)} | ${kib(r.byType.Document ?? 0)} | ${kib(r.byType.Stylesheet ?? 0)} | ${kib(r.byType.Script ?? 0)} | ${kib(r.byType.Font ?? 0)} | ${r.otherOrigins} |`,
  ),
  '',
  '| build | articles × 2 languages | time | peak memory | /kk/news HTML |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...builds.map(
    (b) =>
      `| ${b.name} | ${b.articles} | ${b.seconds.toFixed(1)} s | ${b.peakMiB.toFixed(0)} MiB | ${kib(b.listBytes)} |`,
  ),
].join('\n');

console.log(`\n${table}\n`);
const readme = readFileSync('README.md', 'utf8');
const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
if (marked.test(readme)) {
  writeFileSync('README.md', readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  console.log('README.md updated.');
}
