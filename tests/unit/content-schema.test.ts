import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '@/lib/content/validate';
import { parseAll, Problems } from '@/lib/content/problems';
import { newsDocumentSchema } from '@/lib/content/schema';

const read = (type: string): unknown => JSON.parse(readFileSync(`.contentlayer/generated/${type}/_index.json`, 'utf8'));
const generated = read('News') as Record<string, unknown>[];
// The real news documents, through the same path the site takes (with the data they refer to).
const realArticles = () =>
  buildSiteContent({
    news: generated,
    parties: read('Party') as unknown[],
    people: read('Person') as unknown[],
    figures: read('Figure') as unknown[],
    events: read('Event') as unknown[],
    coalition: read('Coalition'),
  }).articles;

function validDoc(overrides: Record<string, unknown> = {}) {
  return {
    _raw: { sourceFilePath: 'news/test-article/kk.md' },
    title: 'Тақырып',
    summary: 'Қысқаша',
    date: '2026-02-12T19:00:00.000Z',
    slug: 'test-article',
    locale: 'kk',
    body: { html: '<p id="p-1">Мәтін</p>', raw: 'Мәтін' },
    ...overrides,
  };
}

function problemsOf(docs: unknown[]): string[] {
  const problems = new Problems();
  parseAll(docs, newsDocumentSchema, problems);
  return problems.list;
}

describe('news schema', () => {
  it('accepts every real document and sorts newest first', () => {
    const articles = realArticles();
    expect(articles.length).toBe(generated.length);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    const dates = articles.map((a) => a.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('gives both translations of the founding article', () => {
    const articles = realArticles().filter((a) => a.slug === 'qyzylordada-koalitsiya-quryldy');
    expect(articles.map((a) => a.locale).sort()).toEqual(['kk', 'ru']);
  });

  it('rejects a missing field, naming the file and the field', () => {
    const { title: _omitted, ...doc } = validDoc();
    expect(problemsOf([doc])).toEqual([expect.stringMatching(/^content\/news\/test-article\/kk\.md: field "title": /)]);
  });

  it('rejects an empty summary', () => {
    expect(problemsOf([validDoc({ summary: '   ' })])).toEqual([
      expect.stringContaining('field "summary": must not be empty'),
    ]);
  });

  it('rejects a bad date', () => {
    expect(problemsOf([validDoc({ date: '13.02.2026' })])).toEqual([
      expect.stringContaining('content/news/test-article/kk.md: field "date": must be a date'),
    ]);
  });

  it('rejects a file name that is not a locale', () => {
    const problems = problemsOf([validDoc({ locale: 'en', _raw: { sourceFilePath: 'news/test-article/en.md' } })]);
    expect(problems).toEqual([
      expect.stringContaining(
        'content/news/test-article/en.md: field "file name (locale)": the file name must be one of kk.md, ru.md',
      ),
    ]);
  });

  it('rejects an unsafe slug', () => {
    expect(problemsOf([validDoc({ slug: 'Жаңа мақала' })])).toEqual([
      expect.stringContaining('field "folder name (slug)"'),
    ]);
  });

  it('reports every problem of every file at once', () => {
    const problems = problemsOf([
      validDoc({ date: 'soon' }),
      validDoc({ _raw: { sourceFilePath: 'news/other/ru.md' }, locale: 'ru', title: '' }),
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('news/test-article/kk.md');
    expect(problems[1]).toContain('news/other/ru.md');
  });
});
