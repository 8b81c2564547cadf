import 'server-only';
import { allNews } from 'contentlayer/generated';
import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { type Article, parseNewsDocuments } from './content-schema';
import { paginate, pageCount } from './pagination';

export type { Article } from './content-schema';

// Validated once per server process: a bad file fails `next build` with its path and field.
const articles: readonly Article[] = parseNewsDocuments(allNews);

const byLocale = new Map<Locale, Article[]>(
  routing.locales.map((locale) => [locale, articles.filter((a) => a.locale === locale)]),
);

export function getArticles(locale: Locale): readonly Article[] {
  return byLocale.get(locale) ?? [];
}

const byKey = new Map<string, Article>(articles.map((a) => [`${a.locale}/${a.slug}`, a]));

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return byKey.get(`${locale}/${slug}`);
}

export function getNewsPage(locale: Locale, page: number) {
  return paginate(getArticles(locale), page);
}

export function getNewsPageCount(locale: Locale): number {
  return pageCount(getArticles(locale).length);
}

/** Locales in which the article with this slug exists, for hreflang and the language switcher. */
export function getArticleLocales(slug: string): Locale[] {
  return routing.locales.filter((locale) => getArticle(locale, slug) !== undefined);
}
