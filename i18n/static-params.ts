import { routing } from './routing';

/** generateStaticParams for a page that exists in every locale, once per entry. */
export function inEveryLocale<T extends Record<string, string>>(entries: readonly T[]): (T & { locale: string })[] {
  return routing.locales.flatMap((locale) => entries.map((entry) => ({ ...entry, locale })));
}
