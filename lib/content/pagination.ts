export const NEWS_PAGE_SIZE = 12;

export type PageSlice<T> = { items: T[]; page: number; totalPages: number; totalItems: number };

/** Page count is at least 1 so that an empty list still has a page to show its empty state. */
export function pageCount(totalItems: number, pageSize = NEWS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

/** The 1-based page `page` of `items`, or null when the page does not exist. */
export function paginate<T>(items: readonly T[], page: number, pageSize = NEWS_PAGE_SIZE): PageSlice<T> | null {
  const totalPages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, totalPages, totalItems: items.length };
}

/** Parses a URL segment such as "2"; "02", "2.0", "+2" and the like are not pages. */
export function parsePageParam(segment: string): number | null {
  return /^[1-9][0-9]{0,6}$/.test(segment) ? Number(segment) : null;
}
