import { type Locale, routing } from '@/i18n/routing';
import {
  type Choice,
  EVENTS_PAGE_SIZE,
  type EventFilter,
  type FilterKind,
  filterChoices,
  matches,
} from '@/lib/events/schedule';
import { pageCount } from '@/lib/content/pagination';
import { topicPages } from '@/lib/content/topic-items';
import { articleMonths, articlesByLocale } from '@/lib/content/kinds/news';
import { type KindKey, type Kinds, kindList, type SiteContent } from '@/lib/content/kinds';
import { eventsListPath, newsListPath, pageSegments } from './lists';
import { dataPath, datasetNames, isPageRoute, path, type Route, type RouteParams, routes } from './routes';

/*
 * Every address the site serves, from the route table (lib/site/routes.ts) and the content: pages and
 * files, each in the languages it exists in. The sitemap lists its pages, `content:check` checks links
 * against it, and the tests and the benchmark take one page of each type from it. A route of a kind
 * of content (lib/content/kinds) is enumerated from its entries; every other route says here how it
 * is, and a route added to the table without a line here fails the type check.
 */

export type SiteAddress = {
  route: Route;
  /** The address without the language ("/news/x"). */
  href: string;
  locales: readonly Locale[];
  /** Languages that serve the page with the other language's text while a translation is pending. */
  borrowedIn?: readonly Locale[];
  /** ISO instant of the latest change, where the content knows it. */
  lastModified?: string;
};

type KindRoute = { [K in KindKey]: NonNullable<Kinds[K]['page']>['route'] }[KindKey];
type Listed<R extends Route> = { params: RouteParams<R>; locales?: readonly Locale[]; lastModified?: string };
type Enumerate<R extends Route> = (content: SiteContent) => Listed<R>[];

const once = <R extends Route>(extra: Omit<Listed<R>, 'params'> = {}) => [{ params: {} as RouteParams<R>, ...extra }];
const latest = (content: SiteContent) =>
  content.news
    .map((a) => a.updated)
    .sort()
    .at(-1);

/** The events list and each filter's list, with how many events each holds. */
function eventLists(content: SiteContent): { filter?: EventFilter; count: number }[] {
  const choices = filterChoices(content.events, content.districts);
  return [
    { count: content.events.length },
    ...(Object.entries(choices) as [FilterKind, Choice[]][]).flatMap(([kind, values]) =>
      values.map(({ value }) => {
        const filter = { kind, value } as EventFilter;
        return { filter, count: content.events.filter((e) => matches(e, filter)).length };
      }),
    ),
  ];
}

const filterPages = (kind: FilterKind) => (content: SiteContent) =>
  eventLists(content)
    .filter((l) => l.filter?.kind === kind)
    .flatMap(({ filter, count }) =>
      Array.from({ length: pageCount(count, EVENTS_PAGE_SIZE) }, (_, i) => ({
        params: { [kind]: filter!.value, page: pageSegments(i + 1) },
      })),
    );

const enumerate: { [R in Exclude<Route, KindRoute>]: Enumerate<R> } = {
  '/': (c) => once({ lastModified: latest(c) }),
  '/share.png': () => once(),
  '/news/share.png': () => once(),
  '/coalition/share.png': () => once(),
  '/people/share.png': () => once(),
  '/parties/share.png': () => once(),
  '/events/share.png': () => once(),
  '/reports/share.png': () => once(),
  '/people/[id]/share.png': (c) => c.people.map((p) => ({ params: { id: p.id } })),
  '/parties/[id]/share.png': (c) => c.parties.map((p) => ({ params: { id: p.id } })),
  '/news': (c) => once({ lastModified: latest(c) }),
  '/news/page/[page]': (c) => {
    const listed = articlesByLocale(c.news);
    const pages = new Map(routing.locales.map((l) => [l, pageCount(listed.get(l)?.length ?? 0)]));
    return Array.from({ length: Math.max(...pages.values()) - 1 }, (_, i) => ({
      params: { page: String(i + 2) },
      locales: routing.locales.filter((l) => (pages.get(l) ?? 1) >= i + 2),
    }));
  },
  '/news/archive': (c) => once({ lastModified: latest(c) }),
  '/news/archive/[month]': (c) => {
    const listed = articlesByLocale(c.news);
    const months = new Map<string, Locale[]>();
    for (const locale of routing.locales)
      for (const { month } of articleMonths(listed.get(locale) ?? []))
        months.set(month, [...(months.get(month) ?? []), locale]);
    return [...months].map(([month, locales]) => ({ params: { month }, locales }));
  },
  '/news/[slug]/share.png': (c) => [...new Set(c.news.map((a) => a.slug))].map((slug) => ({ params: { slug } })),
  '/coalition': () => once(),
  '/people': () => once(),
  '/parties': () => once(),
  '/events': () => once(),
  '/events/page/[page]': (c) =>
    Array.from({ length: pageCount(c.events.length, EVENTS_PAGE_SIZE) - 1 }, (_, i) => ({
      params: { page: String(i + 2) },
    })),
  '/events/[id]/calendar.ics': (c) => c.events.map((e) => ({ params: { id: e.id } })),
  '/events/[id]/share.png': (c) => c.events.map((e) => ({ params: { id: e.id } })),
  '/reports/[id]/share.png': (c) => c.reports.map((r) => ({ params: { id: r.id } })),
  '/events/district/[district]/[[...page]]': filterPages(
    'district',
  ) as Enumerate<'/events/district/[district]/[[...page]]'>,
  '/events/district/[district]/calendar.ics': (c) => c.districts.map((d) => ({ params: { district: d.id } })),
  '/events/format/[format]/[[...page]]': filterPages('format') as Enumerate<'/events/format/[format]/[[...page]]'>,
  '/events/month/[month]/[[...page]]': filterPages('month') as Enumerate<'/events/month/[month]/[[...page]]'>,
  '/events.ics': () => once(),
  '/feed.xml': () => once(),
  '/opensearch.xml': () => once(),
  '/site.webmanifest': () => once(),
  // Results exist for every query: not listed.
  '/search': () => [],
  '/search/template': () => once(),
  '/page-not-found': () => once(),
  '/events/[id]/ask': (c) => c.events.map((e) => ({ params: { id: e.id } })),
  '/feedback': () => once(),
  // The same form, served at /feedback with a stamp of its own (next.config.ts).
  '/feedback/new': () => [],
  // Answers to a POST, and the pages they fill: not listed.
  '/feedback/send': () => [],
  '/feedback/look': () => [],
  '/feedback/sent/template': () => once(),
  '/feedback/forgotten/template': () => once(),
  '/feedback/status': () => once(),
  '/contact': () => once(),
  '/questions': (c) => once({ lastModified: c.questions[0]?.answered }),
  '/topics': () => once(),
  '/reports': (c) => once({ lastModified: c.reports[0]?.counted }),
  // Each topic's pages, in the languages that have that many (articles are in one language each).
  '/topics/[id]/[[...page]]': (c) =>
    topicPages(c).map(({ id, page, locales }) => ({ params: { id, page: pageSegments(page) }, locales })),
  // The press office's inbox: private, each page per request for one signed-in person (docs/inbox.md);
  // only its sign-in page is the same for everyone.
  '/inbox': () => [],
  '/inbox/sign-in': () => once(),
  '/inbox/auth': () => [],
  '/inbox/auth/callback': () => [],
  '/inbox/audit': () => [],
  '/inbox/report': () => [],
  '/inbox/[reference]': () => [],
  '/inbox/export': () => [],
};

/** Every address of the site, pages and files, in each language it exists in. */
export function siteAddresses(content: SiteContent): SiteAddress[] {
  const all = routing.locales;
  const addresses: SiteAddress[] = [];
  for (const [route, list] of Object.entries(enumerate) as [Route, Enumerate<Route>][]) {
    for (const { params, locales, lastModified } of list(content)) {
      addresses.push({
        route,
        href: (path as (r: Route, p?: unknown) => string)(route, params),
        locales: locales ?? all,
        ...(lastModified ? { lastModified } : {}),
      });
    }
  }
  for (const kind of kindList) {
    const page = kind.page;
    if (!page) continue;
    const entries = content[kind.key] as unknown[];
    const hrefOf = (entry: unknown) =>
      (path as (r: Route, p?: unknown) => string)(page.route, page.params(entry as never));
    const byHref = new Map<string, SiteAddress & { locales: Locale[]; borrowedIn: Locale[] }>();
    const placed = page.inLocale
      ? page.inLocale(entries as never[])
      : entries.flatMap((entry) => all.map((locale) => ({ entry, locale, borrowed: false })));
    for (const { entry, locale, borrowed } of placed) {
      const href = hrefOf(entry);
      const address = byHref.get(href) ?? { route: page.route, href, locales: [], borrowedIn: [] };
      (borrowed ? address.borrowedIn : address.locales).push(locale);
      const modified = page.lastModified?.(entry as never);
      if (modified && (!address.lastModified || modified > address.lastModified)) address.lastModified = modified;
      byHref.set(href, address);
    }
    for (const address of byHref.values()) {
      const { borrowedIn, ...rest } = address;
      addresses.push(borrowedIn.length > 0 ? { ...rest, borrowedIn } : rest);
    }
  }
  return addresses;
}

/** The pages search engines are sent to: every page of the table but those it marks `sitemap: false`. */
export function sitemapPages(content: SiteContent): SiteAddress[] {
  return siteAddresses(content).filter(({ route }) => {
    const info = routes[route];
    return isPageRoute(route) && !('sitemap' in info && info.sitemap === false);
  });
}

/** Addresses outside the languages that the site serves. */
export const rootFiles = ['/sitemap.xml', '/robots.txt', ...datasetNames.map(dataPath)];

/** A path on the site ("/kk/news/x") as its language and its address, if the site serves it. */
export type PageAddress = { locale: Locale; href: string };

/** Finds what a site path names, borrowed translations included: undefined when the site serves nothing there. */
export function addressFinder(content: SiteContent): (sitePath: string) => PageAddress | undefined {
  const served = new Map<string, Set<Locale>>();
  for (const a of siteAddresses(content)) served.set(a.href, new Set([...a.locales, ...(a.borrowedIn ?? [])]));
  return (sitePath) => {
    const [, first = '', ...rest] = sitePath.split('/');
    const locale = routing.locales.find((l) => l === first);
    if (!locale) return undefined;
    const href = `/${rest.join('/')}`.replace(/\/$/, '') || '/';
    return served.get(href)?.has(locale) ? { locale, href } : undefined;
  };
}

/** A search the sample of page types makes: three words of the founding article. */
export const SAMPLE_QUERY = 'Қызылорда коалиция жоспары';

/**
 * One page of each page type, as the tests and the benchmark visit them: the first of each route that
 * search engines are sent to, a search for `query`, and an address no page has (the 404 page).
 */
export function samplePages(content: SiteContent, query: string): { name: string; href: string }[] {
  const seen = new Set<Route>();
  // The first of each route that is written in every language.
  const pages = sitemapPages(content).flatMap((a) => {
    if (seen.has(a.route) || a.route.includes('/page/') || a.locales.length < routing.locales.length) return [];
    seen.add(a.route);
    return [{ name: (routes[a.route] as { page: string }).page, href: a.href }];
  });
  return [
    ...pages,
    { name: routes['/search'].page, href: `${path('/search')}?q=${encodeURIComponent(query)}` },
    { name: routes['/page-not-found'].page, href: '/no-such-page' },
  ];
}

export { eventsListPath, newsListPath };
