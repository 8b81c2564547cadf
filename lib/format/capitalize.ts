import type { Locale } from '@/i18n/routing';
import { intlLocale } from './dates';

/**
 * The text with a capital first letter: names written for running text (Russian "партия «AMANAT»")
 * where they start a title, a heading, a list item or a table cell.
 */
export function atStart(text: string, locale: Locale): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toLocaleUpperCase(intlLocale[locale]));
}
