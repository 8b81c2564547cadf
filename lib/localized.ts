import type { Locale } from '@/i18n/routing';
import type { Localized } from './content-schema';

/** The text of a bilingual field in one language. */
export function pick(text: Localized, locale: Locale): string {
  return text[locale];
}
