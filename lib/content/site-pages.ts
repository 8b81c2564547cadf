import { type Locale, routing } from '@/i18n/routing';
import { articlesByLocale } from './article-index';
import {
  type Choice,
  type EventFilter,
  EVENTS_PAGE_SIZE,
  type FilterKind,
  filterChoices,
  filterHref,
  matches,
} from '@/lib/events/schedule';
import { pageCount, pageHref } from './pagination';
import type { SiteContent } from './validate';

/** One logical page and its address in each language it is written in (without the locale prefix). */
export type SitePage = {
  href: string;
  locales: readonly Locale[];
  /** Languages that serve the page with the other language's text while a translation is pending. */
  borrowedIn?: readonly Locale[];
  /** ISO instant of the latest change, where the content knows it. */
  lastModified?: string;
};

/**
 * Every page the site serves. The sitemap lists these and `content:check` resolves internal links
 * against them.
 */
export function sitePagesOf(content: SiteContent): SitePage[] {
  const all = routing.locales;
  const latest = content.articles
    .map((a) => a.updated)
    .sort()
    .at(-1);
  // What each language lists, pending translations included: the same index the pages use.
  const listed = articlesByLocale(content.articles);
  const pages: SitePage[] = [
    { href: '/', locales: all, lastModified: latest },
    { href: '/news', locales: all, lastModified: latest },
    { href: '/coalition', locales: all },
    { href: '/people', locales: all },
    ...content.people.map(({ id }) => ({ href: `/people/${id}`, locales: all })),
    { href: '/parties', locales: all },
    ...content.parties.map(({ id }) => ({ href: `/parties/${id}`, locales: all })),
    ...content.events.map(({ id }) => ({ href: `/events/${id}`, locales: all })),
  ];
  // The events list and its filtered lists, each with all its pages.
  const choices = filterChoices(content.events, content.districts);
  const lists: (EventFilter | undefined)[] = [
    undefined,
    ...(Object.entries(choices) as [FilterKind, Choice[]][]).flatMap(([kind, values]) =>
      values.map(({ value }) => ({ kind, value }) as EventFilter),
    ),
  ];
  for (const filter of lists) {
    const count = filter ? content.events.filter((e) => matches(e, filter)).length : content.events.length;
    for (let page = 1; page <= pageCount(count, EVENTS_PAGE_SIZE); page++) {
      pages.push({ href: pageHref(filterHref(filter), page), locales: all });
    }
  }
  const pagesPerLocale = new Map(all.map((l) => [l, pageCount(listed.get(l)?.length ?? 0)]));
  const maxPages = Math.max(...pagesPerLocale.values());
  for (let page = 2; page <= maxPages; page++) {
    pages.push({ href: pageHref('/news', page), locales: all.filter((l) => (pagesPerLocale.get(l) ?? 1) >= page) });
  }
  const articlePages = new Map<string, { locales: Locale[]; borrowedIn: Locale[]; lastModified?: string }>();
  for (const locale of all) {
    for (const article of listed.get(locale) ?? []) {
      const page = articlePages.get(article.slug) ?? { locales: [], borrowedIn: [] };
      (article.textLocale === locale ? page.locales : page.borrowedIn).push(locale);
      if (!page.lastModified || article.updated > page.lastModified) page.lastModified = article.updated;
      articlePages.set(article.slug, page);
    }
  }
  for (const [slug, page] of articlePages) pages.push({ href: `/news/${slug}`, ...page });
  return pages;
}

/** A path on the site ("/kk/news/x") as its language and its page ("/news/x"). */
export type PageAddress = { locale: Locale; href: string };

/**
 * Finds the page a site path names, borrowed translations included: undefined when the site serves
 * none there. `content:check` resolves internal links with it.
 */
export function pageFinder(content: SiteContent): (path: string) => PageAddress | undefined {
  const served = new Map<string, Set<Locale>>();
  for (const page of sitePagesOf(content)) served.set(page.href, new Set([...page.locales, ...(page.borrowedIn ?? [])]));
  return (path) => {
    const [, first = '', ...rest] = path.split('/');
    const locale = routing.locales.find((l) => l === first);
    if (!locale) return undefined;
    const href = `/${rest.join('/')}`.replace(/\/$/, '') || '/';
    return served.get(href)?.has(locale) ? { locale, href } : undefined;
  };
}
