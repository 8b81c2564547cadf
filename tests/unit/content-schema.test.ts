import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/read';
import { parseAll, Problems } from '@/lib/content/problems';
import { buildSiteContent, documentSchemas } from '@/lib/content/validate';

const newsDocumentSchema = documentSchemas.news;

function validDoc(overrides: Record<string, unknown> = {}) {
  return {
    _raw: { sourceFilePath: 'news/test-article/index.kk.md' },
    title: 'Тақырып',
    summary: 'Қысқаша',
    date: '2026-02-13',
    slug: 'test-article',
    locale: 'kk',
    body: { html: '<p id="p-1">Мәтін</p>', raw: 'Мәтін' },
    ...overrides,
  };
}

function problemsOf(docs: unknown[]) {
  const problems = new Problems();
  parseAll(docs, newsDocumentSchema, problems);
  return problems.items;
}

describe('news schema', () => {
  it('accepts every fixture document and sorts newest first', async () => {
    const { raw } = await readContent('tests/fixtures/site/content');
    const articles = buildSiteContent(raw).news;
    expect(articles.length).toBeGreaterThan(10);
    const dates = articles.map((a) => a.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('reads a day as that day in Kyzylorda, and a time as Kyzylorda time', () => {
    const [day] = parseAll([validDoc()], newsDocumentSchema, new Problems());
    expect(day?.date).toBe('2026-02-12T19:00:00Z');
    const [time] = parseAll([validDoc({ date: '2026-02-13T18:30' })], newsDocumentSchema, new Problems());
    expect(time?.date).toBe('2026-02-13T13:30:00Z');
  });

  it('rejects a missing field, naming the file and the field', () => {
    const { title: _omitted, ...doc } = validDoc();
    expect(problemsOf([doc])).toEqual([
      {
        file: 'content/news/test-article/index.kk.md',
        field: 'title',
        message: { kk: expect.stringContaining('міндетті'), ru: expect.stringContaining('обязательно') },
      },
    ]);
  });

  it('rejects an empty summary', () => {
    expect(problemsOf([validDoc({ summary: '   ' })])).toEqual([
      expect.objectContaining({ field: 'summary', message: { kk: 'бос болмауы керек', ru: 'не может быть пустым' } }),
    ]);
  });

  it.each([
    ['13.02.2026', 'дата пишется как 2026-03-05 (год-месяц-день), со временем: 2026-03-05 18:30'],
    ['2026-13-01', '«2026-13-01»: месяца 13 не бывает, месяц — среднее число, от 01 до 12'],
    ['2026-04-31', '«2026-04-31»: в этом месяце 30 дней, 31-го числа нет'],
    ['2026-03-05 25:00', '«2026-03-05 25:00»: такого времени нет'],
  ])('says what is wrong with the date %s', (date, words) => {
    expect(problemsOf([validDoc({ date })])).toEqual([
      expect.objectContaining({
        field: 'date',
        message: expect.objectContaining({ ru: expect.stringContaining(words) }),
      }),
    ]);
  });

  it('rejects a file name that is not a locale', () => {
    const problems = problemsOf([validDoc({ locale: 'en', _raw: { sourceFilePath: 'news/test-article/en.md' } })]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/news/test-article/en.md',
        field: 'locale',
        message: expect.objectContaining({ ru: 'файл должен называться index.kk.md, index.ru.md' }),
      }),
    ]);
  });

  it('rejects an unsafe slug', () => {
    expect(problemsOf([validDoc({ slug: 'Жаңа мақала' })])).toEqual([expect.objectContaining({ field: 'slug' })]);
  });

  it('reports every problem of every file at once', () => {
    const problems = problemsOf([
      validDoc({ date: 'soon' }),
      validDoc({ _raw: { sourceFilePath: 'news/other/index.ru.md' }, locale: 'ru', title: '' }),
    ]);
    expect(problems.map((p) => p.file)).toEqual([
      'content/news/test-article/index.kk.md',
      'content/news/other/index.ru.md',
    ]);
  });
});
