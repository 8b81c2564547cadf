import { stemmer as russianStemmer } from '@orama/stemmers/russian';
import type { Locale } from '@/i18n/routing';
import { stripKazakhEndings } from './kazakh-endings';
import { normalizeWord } from './normalize';

/*
 * A word as each language's index keeps it, and as a query is read against that index: normalised
 * (normalize.ts), without the words every text has, then stemmed: Snowball's Russian stemmer (as
 * Orama ships it) for Russian texts, Kazakh endings stripped (kazakh-endings.ts) for Kazakh ones.
 */

// After normalisation: "және" is "жане", "үшін" is "ушин".
const stopWords: Record<Locale, ReadonlySet<string>> = {
  kk: new Set(['жане', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'ушин', 'бул', 'ол', 'осы', 'сол', 'ари', 'не']),
  ru: new Set([
    'и',
    'в',
    'во',
    'на',
    'с',
    'со',
    'к',
    'ко',
    'у',
    'о',
    'об',
    'от',
    'для',
    'по',
    'из',
    'за',
    'а',
    'но',
    'что',
    'это',
    'как',
    'при',
    'же',
    'не',
  ]),
};

const stem: Record<Locale, (word: string) => string> = {
  kk: stripKazakhEndings,
  ru: russianStemmer,
};

/** The term a word is indexed and searched as in `locale`'s index; null for words search ignores. */
export function searchTerm(word: string, locale: Locale): string | null {
  const normal = normalizeWord(word);
  if (normal.length === 0 || (normal.length === 1 && !/\d/.test(normal)) || stopWords[locale].has(normal)) return null;
  return stem[locale](normal);
}
