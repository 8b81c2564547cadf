/*
 * Words that mix Latin and Cyrillic letters: a Latin "о" or "р" typed inside a Kazakh or Russian
 * word looks right and breaks search, sorting and screen readers. The source itself has one:
 * "rоалиция" (Latin r), typed with the keyboard in the wrong layout, for "коалиция".
 */

const latinToCyrillicLookalike: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  h: 'һ',
  k: 'к',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
};
const cyrillicToLatinLookalike: Record<string, string> = Object.fromEntries(
  Object.entries(latinToCyrillicLookalike).map(([latin, cyrillic]) => [cyrillic, latin]),
);
// The same key in the Russian (ЙЦУКЕН) layout, for letters typed with the wrong layout on.
const qwertyToRussian: Record<string, string> = Object.fromEntries(
  [...'qwertyuiopasdfghjklzxcvbnm'].map((key, i) => [key, 'йцукенгшщзфывапролдячсмить'[i] ?? key]),
);

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[\u0400-\u04ff]/;

export type MixedWord = { word: string; column: number; latin: string[]; suggestion: string };

function keepCase(original: string, replacement: string): string {
  return original === original.toUpperCase() && original !== original.toLowerCase()
    ? replacement.toUpperCase()
    : replacement;
}

/** The word as it was likely meant, preferring spellings found elsewhere in the content. */
export function suggestWord(word: string, dictionary: ReadonlySet<string>): string {
  const chars = [...word];
  const cyrillicCount = chars.filter((c) => CYRILLIC.test(c)).length;
  const latinCount = chars.filter((c) => LATIN.test(c)).length;
  if (latinCount > cyrillicCount)
    return chars.map((c) => (CYRILLIC.test(c) ? (cyrillicToLatinLookalike[c] ?? c) : c)).join('');
  const byLookalike = chars
    .map((c) =>
      LATIN.test(c) ? (latinToCyrillicLookalike[c] ?? keepCase(c, qwertyToRussian[c.toLowerCase()] ?? c)) : c,
    )
    .join('');
  const byLayout = chars.map((c) => (LATIN.test(c) ? keepCase(c, qwertyToRussian[c.toLowerCase()] ?? c) : c)).join('');
  for (const candidate of [byLookalike, byLayout]) if (dictionary.has(candidate.toLowerCase())) return candidate;
  return byLookalike;
}

/** Mixed-script words of one line of text, with 1-based columns. */
export function findMixedWords(line: string, dictionary: ReadonlySet<string>): MixedWord[] {
  const found: MixedWord[] = [];
  for (const match of line.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0];
    if (!LATIN.test(word) || !CYRILLIC.test(word)) continue;
    const column = [...line.slice(0, match.index)].length + 1;
    const cyrillicMajority =
      [...word].filter((c) => CYRILLIC.test(c)).length >= [...word].filter((c) => LATIN.test(c)).length;
    const latin = [...word].filter((c) => (cyrillicMajority ? LATIN.test(c) : CYRILLIC.test(c)));
    found.push({ word, column, latin, suggestion: suggestWord(word, dictionary) });
  }
  return found;
}

/** Every all-Cyrillic word of a text, lower-cased: the spellings the content already uses. */
export function cyrillicWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu))
    if (!LATIN.test(match[0]) && CYRILLIC.test(match[0])) words.add(match[0].toLowerCase());
  return words;
}
