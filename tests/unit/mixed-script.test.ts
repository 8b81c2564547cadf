import { describe, expect, it } from 'vitest';
import { cyrillicWords, findMixedWords } from '@/lib/content-check/mixed-script';

const dictionary = cyrillicWords('облыстық коалиция жетекшісінің орынбасары, партия Respublica');

describe('mixed-script words', () => {
  it('finds the typo of the source, with its position and the intended word', () => {
    const line = 'облыстық rоалиция жетекшісінің';
    expect(findMixedWords(line, dictionary)).toEqual([
      { word: 'rоалиция', column: 10, latin: ['r'], suggestion: 'коалиция' },
    ]);
  });

  it('suggests the Cyrillic look-alike for a Latin letter inside a Cyrillic word', () => {
    expect(findMixedWords('партия', dictionary)).toEqual([]);
    expect(findMixedWords('пaртия', dictionary)[0]).toMatchObject({ latin: ['a'], suggestion: 'партия' });
  });

  it('suggests the Latin letter for a Cyrillic look-alike inside a Latin word', () => {
    expect(findMixedWords('Respublicа', dictionary)[0]).toMatchObject({ latin: ['а'], suggestion: 'Respublica' });
  });

  it('leaves words in one script alone', () => {
    expect(findMixedWords('Amanat партиясы, «Ақ жол», AMANAT', dictionary)).toEqual([]);
  });
});
