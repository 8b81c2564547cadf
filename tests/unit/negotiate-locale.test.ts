import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '@/lib/http/negotiate-locale';

describe('negotiateLocale', () => {
  it.each([
    [null, 'kk'],
    ['', 'kk'],
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['kk-KZ,kk;q=0.9,ru;q=0.8', 'kk'],
    ['en-US,en;q=0.9', 'kk'],
    ['en;q=0.9,ru;q=0.5', 'ru'],
    ['ru;q=0.4,kk;q=0.8', 'kk'],
    ['ru;q=0,kk;q=0', 'kk'],
    ['*', 'kk'],
    ['de, RU', 'ru'],
  ])('%s → %s', (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
