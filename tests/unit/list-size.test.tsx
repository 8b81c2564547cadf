import { NextIntlClientProvider } from 'next-intl';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { NewsListPage } from '@/components/NewsListPage';
import { articlesByLocale } from '@/lib/content/kinds/news';
import type { Article } from '@/lib/content/kinds';
import { NEWS_PAGE_SIZE, paginate } from '@/lib/content/pagination';
import kk from '@/messages/kk.json';

function generated(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => ({
    slug: `bench-${i}`,
    locale: 'kk' as const,
    textLocale: 'kk' as const,
    title: `Жүктеме сынағы ${i}: облыстық коалиция отырысы өтті`,
    summary:
      'Облыста саяси партиялардың өңірлік филиалдары мен қоғамдық ұйымдар жалпы құрамы 349 азаматтан тұратын коалициялар құрылды.',
    date: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
    updated: new Date(Date.UTC(2026, 0, 1) - i * 3_600_000).toISOString(),
    people: [],
    parties: [],
    topics: [],
    draft: false,
    translationPending: true,
    html: `<p id="p-1">${'Мәтін. '.repeat(2000)}</p>`,
    sourcePath: `content/news/bench-${i}/index.kk.md`,
  }));
}

function listPageHtml(total: number, page: number): string {
  const slice = paginate(articlesByLocale(generated(total)).get('kk') ?? [], page);
  if (!slice) throw new Error(`no page ${page}`);
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="kk" messages={kk} timeZone="Asia/Qyzylorda">
      <NewsListPage {...slice} />
    </NextIntlClientProvider>,
  );
}

describe('news list pages', () => {
  it('hold one page of articles, whatever the total', () => {
    for (const total of [20, 2000]) {
      const html = listPageHtml(total, 1);
      expect(html.match(/<article/g)).toHaveLength(NEWS_PAGE_SIZE);
      expect(html).not.toContain('Мәтін.'); // bodies never reach a list
    }
  });

  it('stay under 16 KiB of markup and do not grow with the number of articles', () => {
    const small = Buffer.byteLength(listPageHtml(20, 1));
    const large = Buffer.byteLength(listPageHtml(2000, 1));
    const second = Buffer.byteLength(listPageHtml(2000, 2));
    const deep = Buffer.byteLength(listPageHtml(2000, 150));
    expect(large).toBeLessThanOrEqual(16 * 1024);
    expect(Math.abs(large - small)).toBeLessThanOrEqual(64);
    // Page 1 has no "previous" link and a shorter title; later pages differ only in their numbers.
    expect(Math.abs(deep - second)).toBeLessThanOrEqual(64);
  });
});
