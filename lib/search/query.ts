import { words } from './normalize';

/*
 * What a search request asks, read defensively: the address is typed, pasted and crafted by anyone.
 * The cost of a query is bounded by cutting it, and the page says so.
 */

/** Characters of a query that are searched; a longer one is cut at a word. */
export const MAX_QUERY_LENGTH = 120;
/** Words of a query that are searched. */
export const MAX_QUERY_WORDS = 8;
/** The pages of results one can ask for: no one reads past the hundredth. */
const MAX_PAGE = 100;

export type SearchQuery = {
  /** The query as the reader typed it, cleaned of control characters and cut to the limits. */
  text: string;
  /** The words searched. */
  words: string[];
  /** Why the query was shortened, if it was. */
  cut?: 'length' | 'words';
};

export type SearchRequest = { query: SearchQuery; page: number } | { error: 'page' };

/** `q` (its first value) and `page` of a search address. */
export function readSearchRequest(params: URLSearchParams): SearchRequest {
  const pageParam = params.get('page');
  const page = pageParam === null ? 1 : /^[1-9]\d{0,2}$/.test(pageParam) ? Number(pageParam) : NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) return { error: 'page' };
  return { query: readQuery(params.get('q') ?? ''), page };
}

export function readQuery(raw: string): SearchQuery {
  const clean = raw
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  let text = clean;
  let cut: SearchQuery['cut'];
  if ([...text].length > MAX_QUERY_LENGTH) {
    const head = [...text].slice(0, MAX_QUERY_LENGTH).join('');
    text = head.replace(/\s+\S*$/, '') || head;
    cut = 'length';
  }
  let found = words(text);
  if (found.length > MAX_QUERY_WORDS) {
    found = found.slice(0, MAX_QUERY_WORDS);
    cut ??= 'words';
  }
  return { text, words: found, ...(cut ? { cut } : {}) };
}
