import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { env, kib, treeRss } from './run';

export type Build = { name: string; articles: number; seconds: number; peakMiB: number; listBytes: number };

/** `npm run build` of `contentDir` into `distDir`: its time, its peak memory, the size of /kk/news. */
export async function timedBuild(name: string, articles: number, contentDir: string, distDir: string): Promise<Build> {
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
  return {
    name,
    articles,
    seconds: (performance.now() - started) / 1000,
    peakMiB: peak / 2 ** 20,
    listBytes: statSync(listHtml).size,
  };
}

/** A copy of content/ plus `count` generated articles in both languages (the real article's text). */
export function generatedContent(count: number): string {
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

export function buildTable(builds: Build[]): string[] {
  return [
    '| build | articles × 2 languages | time | peak memory | /kk/news HTML |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...builds.map(
      (b) =>
        `| ${b.name} | ${b.articles} | ${b.seconds.toFixed(1)} s | ${b.peakMiB.toFixed(0)} MiB | ${kib(b.listBytes)} |`,
    ),
  ];
}
