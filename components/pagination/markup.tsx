/** @jsxImportSource hastscript */
import { element } from '@/lib/markup';
import type { Element } from 'hast';

/*
 * The previous and next page of a list, and where the reader is: the news and events lists
 * (components/Pagination.tsx) and the search results (lib/search/results-html.tsx), as JSX of
 * hastscript's runtime (lib/markup.ts).
 */

export type PaginationOptions = {
  page: number;
  totalPages: number;
  /** A page's address, with its language. */
  hrefOf: (page: number) => string;
  /** What the list's pages are called, for screen readers. */
  label: string;
  words: { previous: string; next: string; pageOf: string };
};

const linkClass =
  'inline-flex min-h-11 items-center rounded border border-line px-4 font-semibold no-underline hover:border-brand';

export function pagination({ page, totalPages, hrefOf, label, words }: PaginationOptions): Element | undefined {
  if (totalPages <= 1) return undefined;
  return element(
    <nav aria-label={label} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <a href={hrefOf(page - 1)} rel="prev" className={linkClass}>
          ← {words.previous}
        </a>
      ) : (
        <span />
      )}
      <p aria-current="page" className="text-muted">
        {words.pageOf}
      </p>
      {page < totalPages ? (
        <a href={hrefOf(page + 1)} rel="next" className={linkClass}>
          {words.next} →
        </a>
      ) : (
        <span />
      )}
    </nav>,
  );
}
