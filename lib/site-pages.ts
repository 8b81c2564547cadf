import { type Locale, routing } from '@/i18n/routing';
import { getArticle, getArticleLocales, getArticles, getEvents, getNewsPageCount, getParties, getPeople } from './content';

/** One logical page and its address in each language it exists in (without the locale prefix). */
export type SitePage = {
  href: string;
  locales: readonly Locale[];
  /** ISO instant of the latest change, where the content knows it. */
  lastModified?: string;
};

export function localizedPath(locale: Locale, href: string): string {
  return href === '/' ? `/${locale}` : `/${locale}${href}`;
}

/**
 * Every page the site serves. The sitemap lists these, and proxy.ts answers 404 for any other
 * path through a manifest built from this list (scripts/route-manifest.ts).
 */
export function getSitePages(): SitePage[] {
  const all = routing.locales;
  const newest = (locale: Locale) => getArticles(locale)[0]?.updated;
  const latest = all.map(newest).filter((d): d is string => d !== undefined).sort().at(-1);
  const pages: SitePage[] = [
    { href: '/', locales: all, lastModified: latest },
    { href: '/news', locales: all, lastModified: latest },
    { href: '/coalition', locales: all },
    { href: '/people', locales: all },
    ...getPeople().map(({ id }) => ({ href: `/people/${id}`, locales: all })),
    { href: '/parties', locales: all },
    ...getParties().map(({ id }) => ({ href: `/parties/${id}`, locales: all })),
    { href: '/events', locales: all },
    ...getEvents().map(({ id }) => ({ href: `/events/${id}`, locales: all })),
  ];
  const maxPages = Math.max(...all.map(getNewsPageCount));
  for (let page = 2; page <= maxPages; page++) {
    pages.push({ href: `/news/page/${page}`, locales: all.filter((l) => getNewsPageCount(l) >= page) });
  }
  const slugs = new Set(all.flatMap((locale) => getArticles(locale).map((a) => a.slug)));
  for (const slug of slugs) {
    const locales = getArticleLocales(slug);
    const updated = locales.flatMap((l) => getArticle(l, slug)?.updated ?? []);
    pages.push({ href: `/news/${slug}`, locales, lastModified: updated.sort().at(-1) });
  }
  return pages;
}

export function getSitePaths(): string[] {
  return getSitePages().flatMap((page) => page.locales.map((locale) => localizedPath(locale, page.href)));
}
