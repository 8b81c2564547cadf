import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['kk', 'ru'],
  defaultLocale: 'kk',
  localePrefix: 'always',
  // A cookie on page responses would make them uncacheable by a CDN; the URL carries the locale.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function otherLocale(locale: Locale): Locale {
  return locale === 'kk' ? 'ru' : 'kk';
}
