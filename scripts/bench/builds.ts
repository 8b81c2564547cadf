import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchIndexPath } from '@/lib/build-output';
import { env, kib, treeRss } from './run';
import { filesBelow } from '@/lib/files';

export type Build = {
  name: string;
  articles: number;
  events: number;
  seconds: number;
  peakMiB: number;
  listBytes: number;
  eventsBytes: number;
  largestEventsPage: number;
  /** The largest topic page and the news archive's pages (its index, its largest month), where built. */
  largestTopicPage: number;
  archiveBytes: number;
  largestArchiveMonth: number;
  /** What scripts/build-search.ts reported: pages indexed, the index file, its build time. */
  searchIndex: { pages: number; bytes: number; seconds: number };
};

/** The HTML files below `dir`. */
const htmlFiles = (dir: string) => filesBelow(dir, (name) => name.endsWith('.html'));

/** `npm run build` of `contentDir` into `distDir`: its time, its peak memory, the size of /kk/news. */
export async function timedBuild(
  name: string,
  { articles, events }: { articles: number; events: number },
  contentDir: string,
  distDir: string,
  extraEnv: Record<string, string> = {},
): Promise<Build> {
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    env: { ...env, CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir, ...extraEnv },
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
  const app = join(distDir, 'server/app/kk');
  const eventsBytes = statSync(join(app, 'events.html')).size;
  const eventPages = htmlFiles(join(app, 'events')).map((f) => statSync(f).size);
  const largest = (files: string[]) => Math.max(0, ...files.map((f) => statSync(f).size));
  const archive = join(app, 'news', 'archive.html');
  return {
    name,
    articles,
    events,
    seconds: (performance.now() - started) / 1000,
    peakMiB: peak / 2 ** 20,
    listBytes: statSync(join(app, 'news.html')).size,
    eventsBytes,
    largestEventsPage: Math.max(eventsBytes, ...eventPages),
    largestTopicPage: largest(htmlFiles(join(app, 'topics'))),
    archiveBytes: existsSync(archive) ? statSync(archive).size : 0,
    largestArchiveMonth: largest(htmlFiles(join(app, 'news', 'archive'))),
    searchIndex: searchIndexReport(log, distDir),
  };
}

function searchIndexReport(log: string, distDir: string): Build['searchIndex'] {
  const [, pages = '0', seconds = '0'] = /Search index: (\d+) pages, \d+ KiB in ([\d.]+) s/.exec(log) ?? [];
  return { pages: Number(pages), bytes: statSync(searchIndexPath(distDir)).size, seconds: Number(seconds) };
}

/**
 * A copy of content/ plus `count` generated articles in both languages (the real article's text);
 * `withTopics`: each on one or two of content/topics' topics (as the press office would tag them), so
 * that topic pages and related items have thousands to choose from.
 */
export function generatedContent(count: number, { withTopics = false } = {}): string {
  const topics = readdirSync('content/topics').map((f) => f.replace(/\.yaml$/, ''));
  const dir = mkdtempSync(join(tmpdir(), `bench-content-${count}-`));
  cpSync('content', dir, { recursive: true });
  for (const locale of ['kk', 'ru'] as const) {
    const real = readFileSync(`content/news/qyzylordada-koalitsiya-quryldy/index.${locale}.md`, 'utf8');
    const body = real.split(/^---$/m).slice(2).join('---');
    for (let i = 1; i <= count; i++) {
      const slug = `bench-${String(i).padStart(5, '0')}`;
      const day = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000 * 6).toISOString().slice(0, 10);
      mkdirSync(join(dir, 'news', slug), { recursive: true });
      const title = locale === 'kk' ? `Жүктеме сынағы ${i}` : `Нагрузочный тест ${i}`;
      writeFileSync(
        join(dir, 'news', slug, `index.${locale}.md`),
        `---\ntitle: '${title}'\ndate: ${day}\nsummary: '${title}'\n${
          withTopics
            ? `topics: [${[...new Set([topics[i % topics.length], topics[(i * 3) % topics.length]])].join(', ')}]\n`
            : ''
        }---\n${body}`,
      );
    }
  }
  return dir;
}

const districts = ['kyzylorda-city', 'aral', 'kazaly', 'karmakshy', 'zhalagash', 'syrdarya', 'shieli', 'zhanakorgan'];
const formats = ['meeting-with-residents', 'explanatory-work', 'public-discussion', 'open-dialogue-platform'];

/**
 * A copy of content/ plus `count` generated events spread over March to December 2026 (ten months) across the eight territories and formats
 * of the plan; those before 1 June are held, the rest planned (the bench builds with SITE_TODAY 2026-06-01).
 */
export function generatedEvents(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-events-${count}-`));
  cpSync('content', dir, { recursive: true });
  for (let i = 1; i <= count; i++) {
    const day = new Date(Date.UTC(2026, 2, 1) + Math.floor(((i - 1) * 306) / count) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const time = `${String(10 + (i % 8)).padStart(2, '0')}:${i % 2 ? '00' : '30'}`;
    const status = date < '2026-06-01' ? 'held' : 'planned';
    writeFileSync(
      join(dir, 'events', `${date}-bench-${String(i).padStart(3, '0')}.yaml`),
      [
        'title:',
        `  kk: Жүктеме сынағы, іс-шара ${i}`,
        `  ru: Нагрузочный тест, мероприятие ${i}`,
        `start: ${date} ${time}`,
        'venue:',
        `  kk: Мәдениет үйі ${i}`,
        `  ru: Дом культуры ${i}`,
        `district: ${districts[i % districts.length]}`,
        `format: ${formats[i % formats.length]}`,
        `status: ${status}`,
        '',
      ].join('\n'),
    );
  }
  return dir;
}

export function buildTable(builds: Build[]): string[] {
  return [
    '| build | articles × 2 languages | events | time | peak memory | /kk/news HTML | /kk/events HTML | largest events page | largest topic page | news archive (largest month) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...builds.map((b) =>
      [
        '',
        b.name,
        b.articles,
        b.events,
        `${b.seconds.toFixed(1)} s`,
        `${b.peakMiB.toFixed(0)} MiB`,
        kib(b.listBytes),
        kib(b.eventsBytes),
        kib(b.largestEventsPage),
        b.largestTopicPage ? kib(b.largestTopicPage) : '—',
        b.archiveBytes ? `${kib(b.archiveBytes)} (${kib(b.largestArchiveMonth)})` : '—',
        '',
      ]
        .join(' | ')
        .trim(),
    ),
  ];
}
