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

  // What an editor of official Kazakh and Russian would correct, where a machine can see it.
  it('glues no Kazakh case ending to a number or a name put in (the right one depends on it)', () => {
    // "{n}-бет", "{n}-бап" are ordinals, as Kazakh writes them; "{n}-не", "{name}-ның" are case endings.
    const ending =
      /\}-?(?:ға|ге|қа|ке|на|не|а|е|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|мен|бен|пен)(?![а-яәіңғүұқөһ])/i;
    for (const [key, value] of leaves(kk)) expect(value, key).not.toMatch(ending);
  });

  it('writes Russian without gender brackets', () => {
    for (const [key, value] of leaves(ru)) expect(value, key).not.toMatch(/[а-я]\((а|на|о|ла|ло|ы|ая|ое)\)/);
  });

  it('quotes with «…», never straight double quotes, in both languages', () => {
    for (const [key, value] of [...leaves(kk), ...leaves(ru)]) expect(value, key).not.toContain('"');
  });

  it('says "one" in Russian plurals only where it means 1, 21, 31… ("=1" is exactly one)', () => {
    for (const [key, message] of leaves(ru).filter(([, v]) => v.includes(', plural,'))) {
      const one = /(?:^|[\s,])one\s*\{([^{}]*)\}/.exec(message)?.[1] ?? '';
      // 21 takes this branch too: it shows the number, and no word for exactly one.
      expect(one, key).toContain('#');
      expect(one, key).not.toMatch(/(^|\s)(один|одна|одно|одного|одной|одному|единствен)/i);
    }
  });

  it('writes ё in Russian wherever it belongs, the one rule (a word written with ё is never written with е)', () => {
    const words = leaves(ru).flatMap(([key, value]) =>
      [...value.toLowerCase().matchAll(/[а-яё]+/g)].map(([word]) => [key, word] as const),
    );
    const withYo = new Set(words.filter(([, w]) => w.includes('ё')).map(([, w]) => w.replaceAll('ё', 'е')));
    for (const [key, word] of words)
      expect(withYo.has(word), `${key}: «${word}» is written with ё elsewhere`).toBe(false);
  });
});
