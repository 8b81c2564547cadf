import { describe, expect, it } from 'vitest';
import { articlesByLocale } from '@/lib/content/kinds/news';
import type { Article } from '@/lib/content/kinds';

const article = (slug: string, locale: 'kk' | 'ru', date: string, translationPending = false): Article => ({
  slug,
  locale,
  textLocale: locale,
  title: `${slug} ${locale}`,
  summary: 's',
  date,
  updated: date,
  people: [],
  parties: [],
  topics: [],
  draft: false,
  translationPending,
  html: '<p id="p-1">x</p>',
  sourcePath: `content/news/${slug}/index.${locale}.md`,
});

describe('articlesByLocale', () => {
  const index = articlesByLocale([
    article('both', 'kk', '2026-02-13T00:00:00Z'),
    article('both', 'ru', '2026-02-13T00:00:00Z'),
    article('pending', 'kk', '2026-03-01T00:00:00Z', true),
  ]);

  it('lists each language its own articles, newest first', () => {
    expect(index.get('kk')?.map((a) => [a.slug, a.textLocale])).toEqual([
      ['pending', 'kk'],
      ['both', 'kk'],
    ]);
  });

  it('shows an article whose translation is pending in the other language, marked as borrowed', () => {
    expect(index.get('ru')?.map((a) => [a.slug, a.locale, a.textLocale])).toEqual([
      ['pending', 'ru', 'kk'],
      ['both', 'ru', 'ru'],
    ]);
  });
});
