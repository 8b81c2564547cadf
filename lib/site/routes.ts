/*
 * The route table: every address of the site under a language (/kk/…, /ru/…), each a folder of
 * app/[locale]/ (tests/unit/routes.test.ts holds the two to each other). Every link, the sitemap,
 * search, the feeds, `content:check`'s link check, the benchmark and the end-to-end tests build their
 * addresses from it with `path()`, whose parameters are typed from the pattern: a route that is not
 * here, or a parameter left out, fails the type check.
 *
 * `page`: an HTML page, named for the reports of tests and the benchmark (one sample of each);
 * `file`: anything else (feeds, calendars, images, manifests); `form`: an address that takes a POST
 * (residents' messages, the inbox's forms). `handler`: answered by a route handler (route.ts) rather than a page
 * (page.tsx). `sitemap: false`: a page search engines are not sent to. `group`: the route group
 * (app/[locale]/(group)/…) whose layout the route has: the inbox's.
 */

type Group = { group?: 'inbox' };
type RouteInfo = ({ page: string; handler?: true; sitemap?: false } | { file: string } | { form: string }) & Group;

export const routes = {
  '/': { page: 'home' },
  '/share.png': { file: 'image/png' },
  '/news': { page: 'news' },
  '/news/share.png': { file: 'image/png' },
  '/news/page/[page]': { page: 'news, page 2 on' },
  '/news/archive': { page: 'news archive' },
  '/news/archive/[month]': { page: 'news of a month' },
  '/news/[slug]': { page: 'article' },
  '/news/[slug]/share.png': { file: 'image/png' },
  '/coalition': { page: 'coalition' },
  '/coalition/share.png': { file: 'image/png' },
  '/people': { page: 'people' },
  '/people/share.png': { file: 'image/png' },
  '/people/[id]': { page: 'person' },
  '/people/[id]/share.png': { file: 'image/png' },
  '/parties': { page: 'parties' },
  '/parties/share.png': { file: 'image/png' },
  '/parties/[id]': { page: 'party' },
  '/parties/[id]/share.png': { file: 'image/png' },
  '/events': { page: 'events' },
  '/events/share.png': { file: 'image/png' },
  '/events/page/[page]': { page: 'events, page 2 on' },
  '/events/[id]': { page: 'event' },
  '/events/[id]/calendar.ics': { file: 'text/calendar' },
  '/events/[id]/share.png': { file: 'image/png' },
  '/events/district/[district]/[[...page]]': { page: 'events of a territory' },
  '/events/district/[district]/calendar.ics': { file: 'text/calendar' },
  '/events/format/[format]/[[...page]]': { page: 'events of a format' },
  '/events/month/[month]/[[...page]]': { page: 'events of a month' },
  '/events/[id]/ask': { page: 'ask about an event', handler: true, sitemap: false },
  '/events.ics': { file: 'text/calendar' },
  '/feed.xml': { file: 'application/rss+xml' },
  '/opensearch.xml': { file: 'application/opensearchdescription+xml' },
  '/site.webmanifest': { file: 'application/manifest+json' },
  '/search': { page: 'search results', handler: true, sitemap: false },
  '/search/template': { page: 'search', sitemap: false },
  '/page-not-found': { page: 'not found', sitemap: false },
  '/feedback': { page: 'feedback form' },
  '/feedback/new': { page: 'feedback form, stamped', handler: true, sitemap: false },
  '/feedback/send': { form: 'text/html' },
  '/feedback/sent/template': { page: 'feedback sent', sitemap: false },
  '/feedback/forgotten/template': { page: 'feedback deleted', sitemap: false },
  '/feedback/status': { page: 'what became of a message' },
  '/feedback/look': { form: 'text/html' },
  '/contact': { page: 'contact' },
  '/topics': { page: 'topics' },
  '/topics/[id]/[[...page]]': { page: 'topic' },
  '/questions': { page: 'questions and answers' },
  '/questions/[id]': { page: 'question and answer' },
  '/reports': { page: 'reports' },
  '/reports/share.png': { file: 'image/png' },
  '/reports/[id]': { page: 'report' },
  '/reports/[id]/share.png': { file: 'image/png' },
  '/inbox': { page: 'inbox', sitemap: false, group: 'inbox' },
  '/inbox/sign-in': { page: 'inbox sign-in', sitemap: false, group: 'inbox' },
  '/inbox/auth': { page: 'inbox sign-in started', handler: true, sitemap: false, group: 'inbox' },
  '/inbox/auth/callback': { page: 'inbox sign-in finished', handler: true, sitemap: false, group: 'inbox' },
  '/inbox/audit': { page: 'inbox audit log', sitemap: false, group: 'inbox' },
  '/inbox/report': { page: 'inbox report preview', sitemap: false, group: 'inbox' },
  '/inbox/[reference]': { page: 'inbox submission', sitemap: false, group: 'inbox' },
  '/inbox/export': { form: 'text/csv', group: 'inbox' },
} as const satisfies Record<string, RouteInfo>;

export type Route = keyof typeof routes;
export type PageRoute = { [R in Route]: (typeof routes)[R] extends { page: string } ? R : never }[Route];
export type FileRoute = Exclude<Route, PageRoute>;

type SegmentParams<S extends string> = S extends `[[...${infer P}]]`
  ? { [K in P]?: string[] }
  : S extends `[${infer P}]`
    ? { [K in P]: string }
    : unknown;
/** The parameters of a route pattern: `[id]` a string, `[[...page]]` optional segments. */
export type RouteParams<S extends string> = S extends `${infer Head}/${infer Tail}`
  ? SegmentParams<Head> & RouteParams<Tail>
  : SegmentParams<S>;

type ParamsArgument<R extends Route> = R extends `${string}[${string}` ? [params: RouteParams<R>] : [];

const PARAM = /\[\[\.\.\.(\w+)\]\]|\[(\w+)\]/g;

/** The address of a route without the language ("/news/jana-makala"). */
export function path<R extends Route>(route: R, ...[params]: ParamsArgument<R>): string {
  const values = (params ?? {}) as Record<string, string | string[] | undefined>;
  const filled = route.replace(PARAM, (_, rest: string | undefined, one: string | undefined) => {
    if (rest) return ((values[rest] as string[] | undefined) ?? []).map(encodeURIComponent).join('/');
    const value = values[one!];
    if (typeof value !== 'string' || value === '') throw new Error(`${route}: no value for [${one}]`);
    return encodeURIComponent(value);
  });
  return filled.replace(/\/+$/, '') || '/';
}

export const isPageRoute = (route: Route): route is PageRoute => 'page' in routes[route];

/** The routes that take a POST (`form`): residents' messages. */
export const formRoutes = (Object.keys(routes) as Route[]).filter((route) => 'form' in routes[route]);
/** Whether a path under a language ("/kk/feedback/send") is an address that takes a POST. */
export const isFormPath = (pathname: string) =>
  formRoutes.some((route) => /^\/[a-z]{2}(\/.*)$/.exec(pathname)?.[1] === route);

/**
 * Whether a path is the press office's inbox ("/kk/inbox", "/ru/inbox/…"), without a trailing slash:
 * pages rendered per request, with their own policy (proxy.ts) and headers (next.config.ts).
 */
export const isInboxPath = (pathname: string) => /^\/[a-z]{2}\/inbox(?:\/[^]*[^/])?$/.test(pathname);

/**
 * Whether `back` is one of this language's inbox pages, to be sent back to after a sign-in: segments of
 * letters, digits and dashes under it, and nothing else (never another host, a dot segment or a query).
 */
export const isInboxPageOf = (locale: string, back: string) =>
  new RegExp(`^/${locale}${path('/inbox')}(?:/[A-Za-z0-9-]+)*$`).test(back);

/** Where a route's code lives in app/ (tests/unit/routes.test.ts). */
export function routeSource(route: Route): string {
  const info = routes[route] as RouteInfo;
  const file = 'page' in info && !('handler' in info && info.handler) ? 'page.tsx' : 'route.ts';
  return `app/[locale]${info.group ? `/(${info.group})` : ''}${route === '/' ? '' : route}/${file}`;
}

/** The open data files, outside the languages at /data/<name> (lib/seo/open-data.ts makes each). */
export const datasetNames = [
  'figures.json',
  'people.json',
  'parties.json',
  'events.json',
  'events.csv',
  'reports.json',
  'reports.csv',
] as const;
export type DatasetName = (typeof datasetNames)[number];
export const dataPath = (name: DatasetName) => `/data/${name}`;
