import { type Locale, routing } from '@/i18n/routing';
import { type Article, byNewestFirst } from './schema';

/**
 * Per language: its own articles and, where a translation is pending, the other language's text
 * (shown with a notice; `textLocale` tells which), so that no reader meets a dead end.
 */
export function articlesByLocale(articles: readonly Article[]): Map<Locale, Article[]> {
  return new Map(
    routing.locales.map((locale) => {
      const own = articles.filter((a) => a.locale === locale);
      const ownSlugs = new Set(own.map((a) => a.slug));
      const borrowed = articles
        .filter((a) => a.locale !== locale && a.translationPending && !ownSlugs.has(a.slug))
        .map((a) => ({ ...a, locale }));
      return [locale, [...own, ...borrowed].sort(byNewestFirst)];
    }),
  );
}
