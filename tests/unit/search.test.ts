import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/read';
import { extractTemplate } from '@/lib/frames/extract';
import type { SiteContent } from '@/lib/content/kinds';
import { buildSiteContent } from '@/lib/content/validate';
import { findSearchDocument, searchDocuments } from '@/lib/search/documents';
import { stripKazakhEndings } from '@/lib/search/kazakh-endings';
import { normalizeWord } from '@/lib/search/normalize';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, readQuery, readSearchRequest } from '@/lib/search/query';
import { RESULTS_PER_PAGE, resultsContent } from '@/lib/search/results-html';
import {
  buildSearchIndexes,
  loadSearchIndexes,
  runSearch,
  searchIndexFile,
  type SearchIndexes,
} from '@/lib/search/search-index';
import { snippet } from '@/lib/search/snippet';
import { fillTemplate } from '@/lib/frames/frame';
import { templatePages } from '@/lib/frames/framed';
import { searchTerm } from '@/lib/search/terms';
import { goldQueries } from '../fixtures/search-gold';

const FIXTURE = 'tests/fixtures/site/content';
const pageOf = (id: string) =>
  id
    .split('/')
    .filter((_, i) => i !== 1)
    .join('/');

let content: SiteContent;
let indexes: SearchIndexes;
beforeAll(async () => {
  content = buildSiteContent((await readContent(FIXTURE)).raw);
  // Saved and loaded as the build and the server do.
  const file = JSON.parse(JSON.stringify(searchIndexFile(buildSearchIndexes(searchDocuments(content)))));
  indexes = loadSearchIndexes(file);
});

describe('a word as search reads it', () => {
  it.each([
    ['Қызылорда', 'кызылорда'],
    ['Кызылорда', 'кызылорда'],
    ['Qyzylorda', 'кызылорда'],
    ['Kyzylorda', 'кызылорда'],
    ['азаматтық', 'азаматтык'],
    ['ЖАҢАҚОРҒАН', 'жанакорган'],
    ['Jañaqorğan', 'жанакорган'],
    ['Zhanakorgan', 'жанакорган'],
    ['Seıtjanov', 'сейтжанов'],
    ['Seitzhanov', 'сейтжанов'],
    ['Bazartai', 'базартай'],
    ['Bazartay', 'базартай'],
    ['Shieli', 'шиели'],
    ['Şıeli', 'шиели'],
    ['partiiasy', 'партиясы'],
    ['koalitsiya', 'коалиция'],
    ['ёлка', 'елка'],
    ['İSKAKOV', 'искаков'],
    ['ISKAKOV', 'искаков'],
    ['Qazaqstan’nyń', 'казакстаннын'],
  ])('%s → %s', (word, normal) => {
    expect(normalizeWord(word)).toBe(normal);
  });

  it('strips Kazakh endings down to a stem that keeps three letters and a vowel', () => {
    expect(['коалиция', 'коалициялар', 'коалициянын', 'коалициясынын', 'коалицияга'].map(stripKazakhEndings)).toEqual(
      Array(5).fill('коалиция'),
    );
    expect(stripKazakhEndings('азаматтык')).toBe('азамат');
    expect(stripKazakhEndings('мемлекеттиликти')).toBe('мемлекет');
    expect(['ак', 'жол', 'ел'].map(stripKazakhEndings)).toEqual(['ак', 'жол', 'ел']);
  });

  it('stems Russian with Snowball, and ignores the words every text has', () => {
    expect(['коалиция', 'коалиции', 'коалиций'].map((w) => searchTerm(w, 'ru'))).toEqual(Array(3).fill('коалиц'));
    expect(searchTerm('и', 'ru')).toBeNull();
    expect(searchTerm('және', 'kk')).toBeNull();
    expect(searchTerm('695', 'kk')).toBe('695');
  });
});

describe('a search request', () => {
  it('takes the first q, drops control characters, and cuts long queries at a word, saying so', () => {
    const params = new URLSearchParams('q=a%00b%1Fc&q=second');
    expect(readSearchRequest(params)).toEqual({ query: { text: 'a b c', words: ['a', 'b', 'c'] }, page: 1 });
    const long = readQuery('коалиция '.repeat(200));
    expect(long.cut).toBe('length');
    expect([...long.text].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(long.text.endsWith('коалиция')).toBe(true);
    const many = readQuery('бір екі үш төрт бес алты жеті сегіз тоғыз он');
    expect(many).toMatchObject({ cut: 'words' });
    expect(many.words).toHaveLength(MAX_QUERY_WORDS);
  });

  it.each(['0', '-1', 'abc', '1.5', '101', '99999', ''])('refuses page=%j', (page) => {
    expect(readSearchRequest(new URLSearchParams({ q: 'x', page }))).toEqual({ error: 'page' });
  });

  it('reads regular-expression characters and markup as no words', () => {
    expect(readQuery('.*+?^${}()|[]\\').words).toEqual([]);
    expect(readQuery('<script>alert(1)</script>').words).toEqual(['script', 'alert', '1', 'script']);
  });
});

describe('the gold set, on the fixture site', () => {
  it('has at least 40 queries, typed in each of the four ways', () => {
    expect(goldQueries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(goldQueries.map((g) => g.typed)).size).toBe(4);
  });

  it.each(goldQueries.map((g) => [g.query, g.locale, g.expect] as const))(
    '%s (%s) finds %s within the first five',
    (query, locale, expected) => {
      const pages = runSearch(indexes, readQuery(query), locale).hits.map((h) => pageOf(h.id));
      expect(pages.slice(0, 5)).toContain(expected);
    },
  );
});

describe('results', () => {
  it("lists the reader's language first, then pages found only in the other language", () => {
    const { hits } = runSearch(indexes, readQuery('статья только на русском'), 'kk');
    expect(hits[0]).toMatchObject({ id: 'news/ru/tek-orysha', locale: 'ru' });
    const both = runSearch(indexes, readQuery('Базартай'), 'ru').hits;
    expect(both.map((h) => h.locale)).toEqual([...both.map((h) => h.locale)].sort((a) => (a === 'ru' ? -1 : 1)));
    // A page found in both languages is listed once.
    expect(both.filter((h) => pageOf(h.id) === 'people/zhandos-bazartai')).toHaveLength(1);
  });

  it('finds the page about the coalition for "коалиция", in both languages', () => {
    for (const locale of ['kk', 'ru'] as const) {
      const pages = runSearch(indexes, readQuery('коалиция'), locale).hits.map((h) => pageOf(h.id));
      expect(pages.slice(0, 3), locale).toContain('coalition/coalition');
    }
  });

  it('falls back to pages matching some of the words, and says so', () => {
    const outcome = runSearch(indexes, readQuery('Базартай zzzqqq'), 'kk');
    expect(outcome.allWords).toBe(false);
    expect(outcome.hits.map((h) => pageOf(h.id))).toContain('people/zhandos-bazartai');
  });

  it('marks the words that matched, in a window around the first', () => {
    const parts = snippet(['Бірінші сөйлем. Қызылордада коалиция құрылды, ал басқасы жоқ.'], (w) =>
      ['Қызылордада', 'коалиция'].includes(w),
    );
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Қызылордада', 'коалиция']);
    const long = snippet([`${'сөз '.repeat(100)}коалиция ${'сөз '.repeat(100)}`], (w) => w === 'коалиция');
    expect(long[0]?.text.startsWith('… ')).toBe(true);
    expect(long.at(-1)?.text.endsWith(' …')).toBe(true);
    expect(
      long
        .map((p) => p.text)
        .join('')
        .split(/\s+/).length,
    ).toBeLessThan(40);
  });

  it('pages the results and escapes everything from the query', () => {
    const query = readQuery('сынақ <b>');
    const outcome = runSearch(indexes, query, 'kk');
    expect(outcome.hits.length).toBeGreaterThan(RESULTS_PER_PAGE);
    const html = toHtml({
      type: 'root',
      children: resultsContent({
        locale: 'kk',
        query,
        outcome,
        page: 2,
        documentOf: (hit) => findSearchDocument(content, hit.id),
      }),
    });
    expect(html).toContain('«сынақ &#x3C;b>»');
    expect(html).not.toContain('<b>');
    expect(html).toContain('href="/kk/search?q=%D1%81%D1%8B%D0%BD%D0%B0%D2%9B+%3Cb%3E" rel="prev"');
    expect(html.match(/<li><article /g)).toHaveLength(RESULTS_PER_PAGE);
  });
});

describe('the results page template', () => {
  const extract = (html: string) => extractTemplate(html, templatePages.search.slots);
  const page = [
    '<!DOCTYPE html><html><head><title>Іздеу — Сайт</title></head><body>',
    '<a hreflang="ru" data-slot="switch" href="/ru/search">Русский</a>',
    '<input name="q" data-slot="query" value="">',
    '<div class="mt-8" data-slot="results"><p>help</p></div></body></html>',
  ].join('');

  it('keeps the page as built where nothing is searched', () => {
    expect(fillTemplate(extract(page), {})).toBe(page.replaceAll(/ data-slot="\w+"/g, ''));
  });

  it('fills the title, the field, the language switch and the results, as text', () => {
    const hostile = '"><script>x</script><img src=x onerror=alert(1)>';
    const html = fillTemplate(extract(page), {
      title: hostile,
      slots: {
        query: (input) => ({ ...input, properties: { ...input.properties, value: hostile } }),
        switch: (link) => ({ ...link, properties: { ...link.properties, href: '/ru/search?q=a&b' } }),
        results: (div) => ({ ...div, children: [{ type: 'text', value: hostile }] }),
      },
    });
    // Read back as a browser would: the values are there as text, and no element came from them.
    const tree = fromHtml(html);
    const elements: string[] = [];
    visit(tree, 'element', (node) => void elements.push(node.tagName));
    expect(elements).toEqual(['html', 'head', 'title', 'body', 'a', 'input', 'div']);
    const find = (tag: string) => {
      let found: Element | undefined;
      visit(tree, 'element', (node) => void (node.tagName === tag && (found = node)));
      return found!;
    };
    expect(toString(find('title'))).toBe(hostile);
    expect(find('input').properties.value).toBe(hostile);
    expect(find('a').properties.href).toBe('/ru/search?q=a&b');
    expect(toString(find('div'))).toBe(hostile);
  });

  it('fails the build when the template page lost a slot', () => {
    expect(() => extract(page.replace(' data-slot="results"', ''))).toThrow(/no results slot/);
  });
});
