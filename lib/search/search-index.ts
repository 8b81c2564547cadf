import MiniSearch, { type AsPlainObject, type Options, type SearchOptions } from 'minisearch';
import { type Locale, routing } from '@/i18n/routing';
import type { SearchDocument } from './documents';
import { normalizeWord, words } from './normalize';
import type { SearchQuery } from './query';
import { searchTerm } from './terms';

/*
 * The search index: MiniSearch, one index per language, each reading its words with that language's
 * rules (terms.ts). MiniSearch because the word processing is ours to give (its tokenizer and term
 * processor are plain functions, the same for documents and queries), its prefix and fuzzy matching
 * are per term, and its index is a plain object saved at build time and loaded once per server.
 */

export type SearchIndexes = Record<Locale, MiniSearch<SearchDocument>>;

/** What the build writes (.generated/search-index.json). */
export type SearchIndexFile = { documents: number; indexes: Record<Locale, AsPlainObject> };

const searchOptions: SearchOptions = {
  boost: { title: 3 },
  // Articles are the publication: where an article and a short record (an event, a person) match
  // equally, the article is what a reader is after; the record is usually linked from it.
  boostDocument: (id) => (String(id).startsWith('article/') ? 1.5 : 1),
  // Prefix matching finds the endings kazakh-endings.ts does not know, and words still being typed.
  prefix: (term) => term.length >= 3,
  // One typo in five letters: the spellings transliteration does not settle ("Syrdarya", "Сырдария").
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  maxFuzzy: 2,
  combineWith: 'AND',
};

function indexOptions(locale: Locale): Options<SearchDocument> {
  return {
    idField: 'id',
    fields: ['title', 'text'],
    extractField: (doc, field) => (field === 'text' ? doc.passages.join('\n') : doc[field as 'title' | 'id']),
    tokenize: words,
    processTerm: (term) => searchTerm(term, locale),
    searchOptions,
  };
}

export function buildSearchIndexes(documents: readonly SearchDocument[]): SearchIndexes {
  const indexes = Object.fromEntries(
    routing.locales.map((locale) => {
      const index = new MiniSearch(indexOptions(locale));
      index.addAll(documents.filter((d) => d.locale === locale));
      return [locale, index];
    }),
  ) as SearchIndexes;
  return indexes;
}

export function searchIndexFile(indexes: SearchIndexes): SearchIndexFile {
  return {
    documents: routing.locales.reduce((sum, l) => sum + indexes[l].documentCount, 0),
    indexes: Object.fromEntries(routing.locales.map((l) => [l, indexes[l].toJSON()])) as Record<Locale, AsPlainObject>,
  };
}

export function loadSearchIndexes(file: SearchIndexFile): SearchIndexes {
  return Object.fromEntries(
    routing.locales.map((l) => [l, MiniSearch.loadJS(file.indexes[l], indexOptions(l))]),
  ) as SearchIndexes;
}

export type SearchHit = {
  /** The document's id (documents.ts). */
  id: string;
  locale: Locale;
  /** The index's terms that matched: the snippet marks the words that read as them. */
  terms: string[];
};

export type SearchOutcome = {
  /** The reader's language first, then the other language's pages not found in the reader's. */
  hits: SearchHit[];
  /** Whether every word had to match; if nothing matched them all, pages matching some are shown. */
  allWords: boolean;
  /** The words as search read them, where that differs from what was typed (Latin, Kazakh letters). */
  readAs: string[];
};

const pageOf = (id: string) =>
  id
    .split('/')
    .filter((_, i) => i !== 1)
    .join('/');

/** The pages matching a query, in both languages. */
export function runSearch(indexes: SearchIndexes, query: SearchQuery, locale: Locale): SearchOutcome {
  const text = query.words.join(' ');
  const order = [locale, ...routing.locales.filter((l) => l !== locale)];
  const find = (combineWith: 'AND' | 'OR') =>
    order.flatMap((l) =>
      indexes[l].search(text, { combineWith }).map((r) => ({ id: String(r.id), locale: l, terms: r.terms })),
    );
  let hits = text ? find('AND') : [];
  const allWords = hits.length > 0 || !text;
  if (!allWords) hits = find('OR');
  // A page found in both languages is shown once, in the reader's.
  const seen = new Set<string>();
  hits = hits.filter((h) => !seen.has(pageOf(h.id)) && seen.add(pageOf(h.id)));
  const readAs = [...new Set(query.words.map(normalizeWord))].filter(
    (w) => !query.words.some((typed) => typed.toLowerCase() === w),
  );
  return { hits, allWords, readAs };
}
