/*
 * What search does to every word, in the index and in the query alike, so that a word matches however
 * a resident typed it: Kazakh on a Russian keyboard, with or without ё, or in Latin letters (the 2021
 * and 2018 Kazakh alphabets and informal spellings). No search library folds these: Unicode
 * normalisation leaves ә ғ қ ң ө ұ ү һ і as they are.
 */

/** Kazakh letters, and ё, as a Russian keyboard types them. */
const keyboardFold: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/**
 * Latin letters onto Cyrillic, longest first: the 2021 alphabet (ä ğ ı ñ ö ş ū ü, j for ж, q for қ),
 * the 2018 one (á ǵ ń ó ú ý, sh, ch) and informal spellings (zh, kh, gh, ts, ya, yu, x, w).
 * Letters the fold above merges need no distinction here: ı and i both end as и.
 */
const latin: [string, string][] = [
  ['shch', 'щ'],
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['gh', 'г'],
  ['ts', 'ц'],
  ['iia', 'ия'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['a', 'а'],
  ['ä', 'а'],
  ['á', 'а'],
  ['b', 'б'],
  ['c', 'ц'],
  ['ç', 'ч'],
  ['d', 'д'],
  ['e', 'е'],
  ['f', 'ф'],
  ['g', 'г'],
  ['ğ', 'г'],
  ['ǵ', 'г'],
  ['h', 'х'],
  ['i', 'и'],
  ['ı', 'и'],
  ['j', 'ж'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['ñ', 'н'],
  ['ń', 'н'],
  ['o', 'о'],
  ['ö', 'о'],
  ['ó', 'о'],
  ['p', 'п'],
  ['q', 'к'],
  ['r', 'р'],
  ['s', 'с'],
  ['ş', 'ш'],
  ['t', 'т'],
  ['u', 'у'],
  ['ū', 'у'],
  ['ü', 'у'],
  ['ú', 'у'],
  ['ý', 'у'],
  ['v', 'в'],
  ['w', 'у'],
  ['x', 'х'],
  ['z', 'з'],
];
const kazakhLetter = new RegExp(`[${Object.keys(keyboardFold).join('')}]`, 'g');
// Basic Latin and Latin-1 to Extended-B: every letter the alphabets above use.
const latinLetter = /[a-z\u00c0-\u024f]/;
const latinPattern = new RegExp(latin.map(([from]) => from).join('|'), 'g');
const latinMap = new Map(latin);

/** Case folding that keeps Kazakh and Turkish-style i apart from the combining dot JavaScript adds. */
export function foldCase(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[İI]/g, (i) => (i === 'İ' ? 'i' : 'ı'))
    .toLowerCase()
    .replace(/\u0307/g, '');
}

/**
 * A Latin word in Cyrillic. "i" and "y" between a vowel and a consonant (or the end) are й
 * ("Bazartai", "Bazartay", "Kairat"); elsewhere "y" is ы ("Qyzylorda").
 */
function fromLatin(word: string): string {
  const mapped = (text: string) => text.replace(latinPattern, (letters) => latinMap.get(letters) ?? letters);
  // Letters the table does not name (é, à…) are read without their accent.
  const plain = mapped(word).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  return mapped(plain)
    .replace(/y/g, 'ы')
    .replace(/(?<=[аеиоуыэюя])[иы](?=[^аеиоуыэюя]|$)/g, 'й')
    .replace(/\p{Script=Latin}/gu, '');
}

/**
 * One word as search compares it: case folded, Latin letters read as Cyrillic, Kazakh letters folded
 * to what a Russian keyboard types. Apostrophes (2017 alphabet) drop out.
 */
export function normalizeWord(word: string): string {
  const folded = foldCase(word).replace(/['’ʼ]/g, '');
  const cyrillic = latinLetter.test(folded) ? fromLatin(folded) : folded;
  return cyrillic.replace(kazakhLetter, (letter) => keyboardFold[letter] ?? letter);
}

/** The words of a text: letters and digits, apostrophes inside Latin words kept for normalizeWord. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(/[\p{L}\p{N}]+(?:['’ʼ][\p{L}]+)*/gu) ?? [];
}
