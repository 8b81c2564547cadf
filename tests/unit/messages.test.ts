import { describe, expect, it } from 'vitest';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

function leafKeys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

const pluralCategories = (message: string) =>
  [...message.matchAll(/(?:^|[\s,])(zero|one|two|few|many|other)\s*\{/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('kk.json and ru.json have identical keys', () => {
    expect(leafKeys(ru).sort()).toEqual(leafKeys(kk).sort());
  });

  it('has no empty message', () => {
    for (const [key, value] of [...leaves(kk), ...leaves(ru)]) expect(value.trim(), key).not.toBe('');
  });

  it('uses the plural categories of each language', () => {
    const kkPlurals = leaves(kk).filter(([, v]) => v.includes(', plural,'));
    const ruPlurals = leaves(ru).filter(([, v]) => v.includes(', plural,'));
    expect(kkPlurals.length).toBeGreaterThan(0);
    expect(ruPlurals.map(([k]) => k)).toEqual(kkPlurals.map(([k]) => k));
    for (const [key, message] of kkPlurals) expect(pluralCategories(message), key).toEqual(['one', 'other']);
    for (const [key, message] of ruPlurals)
      expect(pluralCategories(message), key).toEqual(['few', 'many', 'one', 'other']);
  });
});
