import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['kk', 'ru'],
  defaultLocale: 'kk',
  localePrefix: 'always',
  // A cookie on page responses would make them uncacheable by a CDN; the URL carries the locale.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

/** An address in a language, as next-intl writes it: every address begins with its language. */
export function localePath(locale: Locale, href: string): string {
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'kk' ? 'ru' : 'kk';
}

/**
 * generateStaticParams of a route handler under [locale] (feeds, calendars, share images): each entry
 * in every language. Pages list only their own segment; the root layout gives them the locale.
 */
export function inEveryLocale<T extends Record<string, string>>(entries: readonly T[] = [{} as T]) {
  return routing.locales.flatMap((locale) => entries.map((entry) => ({ ...entry, locale })));
}
