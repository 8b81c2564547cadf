import { readFileSync } from 'node:fs';
import { readContent } from '@/lib/content/read';
import { buildSiteContent } from '@/lib/content/validate';
import { searchDocuments } from '@/lib/search/documents';
import { searchIndexPath } from '@/lib/build-output';
import { readQuery } from '@/lib/search/query';
import {
  buildSearchIndexes,
  loadSearchIndexes,
  runSearch,
  type SearchIndexes,
  type SearchIndexFile,
} from '@/lib/search/search-index';
import { goldQueries } from '../../tests/fixtures/search-gold';
import { stopGroup } from '@/lib/deploy/processes';
import type { Build } from './builds';
import { kib, median, startNext } from './run';
import { type Load, rounds } from './server';

/*
 * Search: requests/s and latency of a three-word query beside the article page of the same server,
 * in rounds that take turns; the index's size and build time; the time of one query in the process;
 * and how the gold set (tests/fixtures/search-gold.ts) ranks on the fixture site.
 */

/** Three words of the founding article, typed on a Russian keyboard. */
export const SEARCH_QUERY = 'Кызылорда коалиция жоспары';

export type SearchLoad = {
  name: string;
  build: Build;
  search: Load;
  article: Load;
  queryMs: { p50: number; p99: number };
};

/** Milliseconds per query in the process, over the benchmark query and the gold set's, 20 times each. */
function queryTimes(indexes: SearchIndexes): { p50: number; p99: number } {
  const queries = [SEARCH_QUERY, ...goldQueries.map((g) => g.query)].map((q) => readQuery(q));
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    for (const query of queries) {
      const started = performance.now();
      runSearch(indexes, query, 'kk');
      times.push(performance.now() - started);
    }
  }
  const sorted = times.sort((a, b) => a - b);
  return { p50: median(sorted), p99: sorted[Math.floor(sorted.length * 0.99)] ?? 0 };
}

/** The search page of the build in `distDir` under load, beside its article page. */
export async function searchLoad(name: string, build: Build, distDir: string, article: string): Promise<SearchLoad> {
  const next = await startNext(distDir, 3210);
  try {
    const search = `http://127.0.0.1:3210/kk/search?q=${encodeURIComponent(SEARCH_QUERY)}`;
    const { medians } = await rounds({ search, article: `http://127.0.0.1:3210${article}` });
    const indexes = loadSearchIndexes(JSON.parse(readFileSync(searchIndexPath(distDir), 'utf8')) as SearchIndexFile);
    return { name, build, search: medians.search, article: medians.article, queryMs: queryTimes(indexes) };
  } finally {
    stopGroup(next);
  }
}

/** Where the gold set's expected page ranks, on the fixture site. */
export async function goldSet(): Promise<{ first: number; topFive: number; total: number; missed: string[] }> {
  const content = buildSiteContent((await readContent('tests/fixtures/site/content')).raw, {
    today: '2026-04-01',
  });
  const indexes = buildSearchIndexes(searchDocuments(content));
  const ranks = goldQueries.map((g) => {
    const pages = runSearch(indexes, readQuery(g.query), g.locale).hits.map((h) =>
      h.id
        .split('/')
        .filter((_, i) => i !== 1)
        .join('/'),
    );
    return { g, rank: pages.indexOf(g.expect) };
  });
  return {
    first: ranks.filter((r) => r.rank === 0).length,
    topFive: ranks.filter((r) => r.rank >= 0 && r.rank < 5).length,
    total: goldQueries.length,
    missed: ranks
      .filter((r) => r.rank !== 0)
      .map((r) => `${r.g.query} (${r.rank < 0 ? 'not found' : `#${r.rank + 1}`})`),
  };
}

export function searchTable(loads: SearchLoad[], gold: Awaited<ReturnType<typeof goldSet>>): string[] {
  const row = ({ name, build, search, article, queryMs }: SearchLoad) =>
    [
      '',
      name,
      build.searchIndex.pages,
      kib(build.searchIndex.bytes),
      `${build.searchIndex.seconds.toFixed(2)} s`,
      `${queryMs.p50.toFixed(2)} / ${queryMs.p99.toFixed(2)} ms`,
      `${search.rps.toFixed(0)} (${(search.rps / article.rps).toFixed(2)}× the article)`,
      `${search.p50} / ${search.p99} ms`,
      `${article.rps.toFixed(0)}`,
      search.errors + article.errors,
      '',
    ]
      .join(' | ')
      .trim();
  return [
    `| search «${SEARCH_QUERY}» | pages indexed | index | index build | one query in process, p50 / p99 | search requests/s | search p50 / p99 | article requests/s | errors |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...loads.map(row),
    '',
    `Gold set (${gold.total} queries in Kazakh, Russian, Kazakh on a Russian keyboard and Latin, on the fixture site): ${gold.first} find their page first, ${gold.topFive} within the first five${gold.missed.length > 0 ? `; not first: ${gold.missed.join(', ')}` : ''}.`,
  ];
}
