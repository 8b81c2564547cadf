/** @jsxImportSource hastscript */
import type { ElementContent } from 'hast';
import { pagination } from '@/components/pagination/markup';
import { teaser, timeElement } from '@/components/teaser/markup';
import { createTranslator } from 'use-intl/core';
import { getPathname } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { formatLongDate, isoDateInZone } from '@/lib/format/dates';
import { contents, element } from '@/lib/markup';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { sections } from '@/lib/site/navigation';
import { path } from '@/lib/site/routes';
import type { SearchDocument } from './documents';
import { MAX_QUERY_LENGTH, MAX_QUERY_WORDS, type SearchQuery } from './query';
import type { SearchHit, SearchOutcome } from './search-index';
import { normalizeWord } from './normalize';
import { snippet, type SnippetPart } from './snippet';
import { searchTerm } from './terms';

/*
 * The results part of the search page, as hast (JSX of hastscript's runtime, lib/markup.ts): every text
 * from the query or the content is a text node, which hast-util-to-html escapes. Each result and the pages are drawn by the
 * same templates as the lists (components/teaser, components/pagination).
 */

export const RESULTS_PER_PAGE = 10;

const messages = { kk, ru };
// Made once per language: a translator keeps the messages it has compiled.
const perLocale = <T,>(make: (locale: Locale) => T): Record<Locale, T> => ({ kk: make('kk'), ru: make('ru') });
const searchT = perLocale((l) => createTranslator({ locale: l, messages: messages[l], namespace: 'Search' }));
const paginationT = perLocale((l) => createTranslator({ locale: l, messages: messages[l], namespace: 'Pagination' }));
const navT = perLocale((l) => createTranslator({ locale: l, messages: messages[l], namespace: 'Nav' }));
const translator = (locale: Locale) => searchT[locale];

export type ResultsInput = {
  locale: Locale;
  query: SearchQuery;
  outcome: SearchOutcome;
  page: number;
  /** The document of a hit, as the content now has it (a page removed since the build has none). */
  documentOf: (hit: SearchHit) => SearchDocument | undefined;
};

/** The address of a page of results for `query`. */
export function searchHref(locale: Locale, text: string, page = 1): string {
  const params = new URLSearchParams({ q: text });
  if (page > 1) params.set('page', String(page));
  return `${getPathname({ href: path('/search'), locale })}?${params}`;
}

/** The title of a results page, before the site's name. */
export function resultsTitle(locale: Locale, query: SearchQuery): string {
  return translator(locale)('titleWithQuery', { query: query.text });
}

const marked = (parts: SnippetPart[]): ElementContent[] =>
  parts.map((part) => (part.mark ? element(<mark>{part.text}</mark>) : { type: 'text', value: part.text }));

// The content's words as normalize.ts reads them, kept between requests: results show the same
// pages' words again and again. Bounded: the content has a vocabulary; a hostile query adds no word here.
const normalWords = new Map<string, string>();
function normalized(word: string): string {
  let normal = normalWords.get(word);
  if (normal === undefined) {
    if (normalWords.size > 200_000) normalWords.clear();
    normal = normalizeWord(word);
    normalWords.set(word, normal);
  }
  return normal;
}

function resultItem(locale: Locale, doc: SearchDocument, hit: SearchHit): ElementContent {
  const t = translator(locale);
  const terms = new Set(hit.terms);
  // A stem is the start of its word: only words that start with a matched term are read in full.
  const matches = (word: string) => {
    const normal = normalized(word);
    if (!hit.terms.some((term) => normal.startsWith(term))) return false;
    const term = searchTerm(word, hit.locale);
    return term !== null && terms.has(term);
  };
  const borrowed = doc.locale !== locale;
  return element(
    <li>
      {teaser({
        href: getPathname({ href: doc.href, locale: doc.locale }),
        headingLevel: 'h3',
        title: marked(snippet([doc.title], matches)),
        meta: [
          doc.label,
          ...(doc.date ? [timeElement(isoDateInZone(doc.date), formatLongDate(doc.date, doc.locale))] : []),
        ],
        badge: borrowed ? { text: t('otherLanguageBadge'), lang: locale } : undefined,
        text: marked(snippet(doc.passages, matches)),
        lang: borrowed ? doc.locale : undefined,
      })}
    </li>,
  );
}

function pages(locale: Locale, text: string, page: number, totalPages: number): ElementContent[] {
  const t = paginationT[locale];
  const nav = pagination({
    page,
    totalPages,
    hrefOf: (n) => searchHref(locale, text, n),
    label: translator(locale)('pagination'),
    words: { previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, total: totalPages }) },
  });
  return nav ? [nav] : [];
}

function nothingFound(locale: Locale, query: SearchQuery, outcome: SearchOutcome): ElementContent[] {
  const t = translator(locale);
  const nav = navT[locale];
  const ways = sections({ withNews: true }).filter((s) => s.key !== 'coalition');
  return contents(
    <>
      <h2 className="text-xl font-semibold">{t('nothingFound', { query: query.text })}</h2>
      {outcome.readAs.length > 0 ? (
        <p className="mt-3">{t('readAs', { words: outcome.readAs.join(', ') })}</p>
      ) : undefined}
      <p className="mt-3">{t('bothLanguages')}</p>
      <p className="mt-3">{t('tips')}</p>
      <ul className="mt-2 list-disc ps-6">
        {ways.map(({ route, key }) => (
          <li>
            <a href={getPathname({ href: route, locale })}>{nav(key)}</a>
          </li>
        ))}
      </ul>
    </>,
  );
}

/** What the results slot holds for one request. */
export function resultsContent({ locale, query, outcome, page, documentOf }: ResultsInput): ElementContent[] {
  const t = translator(locale);
  const notices: ElementContent[] = query.cut
    ? contents(
        <p className="mb-6 rounded border-s-4 border-accent bg-wash p-3">
          {query.cut === 'length' ? t('cutLength', { max: MAX_QUERY_LENGTH }) : t('cutWords', { max: MAX_QUERY_WORDS })}
        </p>,
      )
    : [];
  if (query.words.length === 0) return [...notices, ...contents(<p>{t('noWords')}</p>)];

  const found = outcome.hits;
  if (found.length === 0) return [...notices, ...nothingFound(locale, query, outcome)];

  const totalPages = Math.ceil(found.length / RESULTS_PER_PAGE);
  const heading = (
    <h2 id="search-results" className="text-xl font-semibold">
      {t('found', { query: query.text, count: found.length })}
    </h2>
  );
  if (page > totalPages) {
    return [
      ...notices,
      ...contents(
        <>
          {heading}
          <p className="mt-3">{t('pageBeyond', { total: totalPages })}</p>
          <p className="mt-3">
            <a href={searchHref(locale, query.text)}>{t('firstPage')}</a>
          </p>
        </>,
      ),
    ];
  }
  // Only this page's results are read from the content (the index and the content are one build's).
  const shown = found.slice((page - 1) * RESULTS_PER_PAGE, page * RESULTS_PER_PAGE).flatMap((hit) => {
    const doc = documentOf(hit);
    return doc ? [{ hit, doc }] : [];
  });
  const own = shown.filter(({ doc }) => doc.locale === locale);
  const other = shown.filter(({ doc }) => doc.locale !== locale);
  // Each list is named by the heading above it.
  const list = (items: typeof shown, labelledBy: string) => (
    <ol className="mt-4" aria-labelledby={labelledBy}>
      {items.map(({ hit, doc }) => resultItem(locale, doc, hit))}
    </ol>
  );
  return [
    ...notices,
    ...contents(
      <>
        {heading}
        {outcome.allWords ? undefined : <p className="mt-3">{t('someWords')}</p>}
        {own.length > 0 ? list(own, 'search-results') : undefined}
        {other.length > 0 ? (
          <>
            <h2 id="search-other-language" className="mt-10 text-xl font-semibold">
              {t('otherLanguage')}
            </h2>
            {list(other, 'search-other-language')}
          </>
        ) : undefined}
      </>,
    ),
    ...pages(locale, query.text, page, totalPages),
  ];
}
