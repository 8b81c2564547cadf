import { describe, expect, it } from 'vitest';
import { pageCount, paginate, parsePageParam } from '@/lib/content/pagination';

const items = Array.from({ length: 25 }, (_, i) => i);

describe('pagination', () => {
  it('slices pages of the given size', () => {
    expect(paginate(items, 1, 10)?.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(paginate(items, 3, 10)).toMatchObject({
      items: [20, 21, 22, 23, 24],
      page: 3,
      totalPages: 3,
      totalItems: 25,
    });
  });

  it('has no page past the end, before the start, or between pages', () => {
    expect(paginate(items, 4, 10)).toBeNull();
    expect(paginate(items, 0, 10)).toBeNull();
    expect(paginate(items, 1.5, 10)).toBeNull();
  });

  it('keeps one (empty) page for an empty list', () => {
    expect(pageCount(0)).toBe(1);
    expect(paginate([], 1)).toMatchObject({ items: [], totalPages: 1 });
  });

  it('accepts only canonical page numbers in URLs', () => {
    expect(parsePageParam('2')).toBe(2);
    for (const bad of ['0', '02', '2.0', '+2', '-1', '1e3', '', 'two', '99999999'])
      expect(parsePageParam(bad), bad).toBeNull();
  });
});
