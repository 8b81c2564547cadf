// npm run bench: measures the site on this machine and prints (and writes into README.md) tables of
//  - requests/s and latency of `next start` against nginx serving the same HTML (server.ts);
//  - bytes per page type to a phone, and a photo report's bytes before and after scrolling (bytes.ts);
//  - build time, peak memory and list-page sizes: real content, 200 and 2,000 generated articles × 2
//    languages, 695 generated events (generated into temporary folders, never committed), the
//    fixture site (builds.ts);
//  - the photo build, 50 photographs cold and warm (photos.ts);
//  - search: a three-word query under load beside the article page, with the real content and with
//    2,000 generated articles × 2; the index's size and build time; the gold set's ranks (search.ts);
//  - the production stack (deploy/nginx) against bare nginx, and a fault run killing its workers
//    under load (stack.ts); Lighthouse on every page type in both languages (lighthouse.ts);
//  - residents' messages through the stack on SQLite and PostgreSQL, and workers killed while they
//    arrive (feedback.ts);
//  - the press office's inbox with 100,000 submissions on SQLite and PostgreSQL: a filtered page's
//    latency and the CSV export's time and memory (inbox.ts);
//  - the first paint: bytes and round trips with the styles inside the pages against linked, and
//    Lighthouse's FCP and LCP for both (first-paint.ts).
// Figures are ratios against a baseline measured in the same run where a baseline exists.
// Needs Debian's nginx and chromium (apt-get install -y nginx chromium).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { type Build, buildTable, generatedContent, generatedEvents, timedBuild } from './builds';
import { pageBytes, photoArticleBytes } from './bytes';
import { feedbackBenchmark, nodesBenchmark } from './feedback';
import { inboxBenchmark } from './inbox';
import { firstPaint, paintTable } from './first-paint';
import { photoBuild } from './photos';
import { lighthouseRows, lighthouseTable } from './lighthouse';
import { goldSet, type SearchLoad, searchLoad, searchTable } from './search';
import { faultRun, stackBenchmark } from './stack';
import { samplePagesPath } from '@/lib/build-output';
import { startStack } from '@/lib/deploy/stack';
import { env } from './run';
import { CONNECTIONS, DURATION, ROUNDS, serverBenchmark } from './server';

const ARTICLE = '/kk/news/qyzylordada-koalitsiya-quryldy';
const FIXTURE = 'tests/fixtures/site/content';

// The generated files of the real content (.contentlayer, photos, fonts), as after `npm run build`.
const restore = () =>
  execFileSync('npm', ['run', 'content:build'], { env: { ...env, CONTENT_DIR: 'content' }, stdio: 'ignore' });

// npm run bench -- messages: the residents' messages sections alone (feedback.ts), on the real
// content's build, made first when there is none: their baselines are in the same run.
if (process.argv.includes('messages')) {
  if (!existsSync('.bench/real/BUILD_ID'))
    await timedBuild('real content', { articles: 1, events: 1 }, 'content', '.bench/real');
  const part = [
    ...(await feedbackBenchmark('.bench/real', ARTICLE, cpus().length)),
    '',
    ...(await nodesBenchmark('.bench/real', cpus().length)),
  ];
  console.log(`\n${part.join('\n')}\n`);
  process.exit(0);
}

const builds: Build[] = [];
const tempDirs: string[] = [];
// `next build` with another distDir adds that folder's types to tsconfig.json: put it back after.
const tsconfig = readFileSync('tsconfig.json', 'utf8');
let photoReport: string[] = [];
const searchLoads: SearchLoad[] = [];
try {
  rmSync('.bench/real', { recursive: true, force: true });
  builds.push(await timedBuild('real content', { articles: 1, events: 1 }, 'content', '.bench/real'));
  // The baseline of the first paint: the same content, its pages linking their stylesheet.
  rmSync('.bench/real-linked', { recursive: true, force: true });
  await timedBuild('real content, stylesheet linked', { articles: 1, events: 1 }, 'content', '.bench/real-linked', {
    PAGE_STYLES: 'linked',
  });
  for (const count of [200, 2000]) {
    const dir = generatedContent(count);
    tempDirs.push(dir);
    const build = await timedBuild(
      `${count} generated articles`,
      { articles: count + 1, events: 1 },
      dir,
      `.bench/${count}`,
    );
    builds.push(build);
    if (count === 2000)
      searchLoads.push(await searchLoad(`${count} generated articles × 2`, build, `.bench/${count}`, ARTICLE));
    rmSync(`.bench/${count}`, { recursive: true, force: true });
  }
  // The same 2,000 tagged with topics: their pages and related items chosen among thousands (the
  // build above is its baseline, in the same run).
  const tagged = generatedContent(2000, { withTopics: true });
  tempDirs.push(tagged);
  builds.push(
    await timedBuild(
      '2000 generated articles with topics',
      { articles: 2001, events: 1 },
      tagged,
      '.bench/2000-topics',
    ),
  );
  rmSync('.bench/2000-topics', { recursive: true, force: true });
  const events = generatedEvents(695);
  tempDirs.push(events);
  builds.push(
    await timedBuild('695 generated events', { articles: 1, events: 696 }, events, '.bench/events', {
      SITE_TODAY: '2026-06-01',
    }),
  );
  rmSync('.bench/events', { recursive: true, force: true });
  // The fixture site has photos: its photo report is measured while its photos are the ones made.
  execFileSync('npx', ['tsx', 'tests/fixtures/make-photos.ts'], { env, stdio: 'ignore' });
  builds.push(
    await timedBuild('fixture site (with photos)', { articles: 16, events: 35 }, FIXTURE, '.bench/fixture', {
      SITE_TODAY: '2026-04-01',
    }),
  );
  photoReport = await photoArticleBytes('.bench/fixture', '/kk/news/fotoreportazh');
} finally {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  writeFileSync('tsconfig.json', tsconfig);
  restore();
}

const server = await serverBenchmark('.bench/real', ARTICLE);
// One page of each type of the real build, from the route table (lib/site/addresses.ts: samplePages).
const samples = (
  JSON.parse(readFileSync(samplePagesPath('.bench/real'), 'utf8')) as { name: string; href: string }[]
).map(({ name, href }) => ({ name, href: href === '/' ? '' : href }));
const sampleOf = (name: string) => samples.find((p) => p.name === name)?.href ?? '';
const bytes = await pageBytes(
  '.bench/real',
  Object.fromEntries(
    ['home', 'news', 'article', 'coalition', 'person', 'events', 'feedback form', 'not found'].map((name) => [
      name,
      `/kk${sampleOf(name)}`,
    ]),
  ),
);
const paint = await firstPaint(
  '.bench/real',
  '.bench/real-linked',
  Object.fromEntries(samples.map(({ name, href }) => [name, `/kk${href}`])),
);
const photos = await photoBuild();
const workers = cpus().length;
const stack = await stackBenchmark('.bench/real', ARTICLE, workers);
const everyPage = Object.fromEntries(
  ['kk', 'ru'].flatMap((locale) =>
    samples.filter((p) => p.name !== 'not found').map(({ name, href }) => [`${name} (${locale})`, `/${locale}${href}`]),
  ),
);
const feedback = await feedbackBenchmark('.bench/real', ARTICLE, workers);
const nodes = await nodesBenchmark('.bench/real', workers);
const inbox = await inboxBenchmark('.bench/real');
const fault = await faultRun('.bench/real', [...Object.values(everyPage), '/kk/nope', '/ru/nope'], workers);
const lighthouseStack = await startStack({
  port: 3320,
  workers,
  distDir: '.bench/real',
  runDir: '.bench/lighthouse-nginx',
});
let lighthouse: string[];
let paintRows: string[];
try {
  const after = await lighthouseRows('http://localhost:3320', everyPage);
  lighthouse = lighthouseTable(after);
  // Its own ports: a stack's workers take the ports after nginx's (3321, 3322 for the one above).
  const linkedStack = await startStack({
    port: 3340,
    workers,
    distDir: '.bench/real-linked',
    runDir: '.bench/lighthouse-linked',
  });
  try {
    const kazakh = Object.fromEntries(Object.entries(everyPage).filter(([name]) => name.endsWith('(kk)')));
    paintRows = paintTable(await lighthouseRows('http://localhost:3340', kazakh), after);
  } finally {
    await linkedStack.stop();
  }
} finally {
  await lighthouseStack.stop();
}
searchLoads.unshift(await searchLoad('real content', builds[0]!, '.bench/real', ARTICLE));
const search = searchTable(searchLoads, await goldSet());

const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROUNDS} rounds taking turns, ${DURATION} s per server per round, ${CONNECTIONS} connections, gzip; medians of the rounds.`,
  '',
  ...server,
  '',
  ...stack,
  '',
  ...fault,
  '',
  ...feedback,
  '',
  ...nodes,
  '',
  ...inbox,
  '',
  ...lighthouse,
  '',
  ...paint,
  '',
  ...paintRows,
  '',
  ...bytes,
  '',
  ...photoReport,
  '',
  ...photos,
  '',
  ...search,
  '',
  ...buildTable(builds),
].join('\n');

console.log(`\n${table}\n`);
const readme = readFileSync('README.md', 'utf8');
const marked = /<!-- bench:start -->[\s\S]*<!-- bench:end -->/;
if (marked.test(readme)) {
  writeFileSync('README.md', readme.replace(marked, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  console.log('README.md updated.');
}
