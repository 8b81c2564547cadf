import type { EventFilter } from '@/lib/events/schedule';
import { type PageRoute, path, type Route, type RouteParams } from './routes';

/*
 * The addresses of the paged lists: page 1 at the list's own address, then …/page/N.
 */

type RouteAndParams = { [R in PageRoute]: { route: R; params: RouteParams<R> } }[PageRoute];
const pathOf = ({ route, params }: RouteAndParams) => (path as (r: Route, p: unknown) => string)(route, params);

/** The segments after a list's own address that name one of its pages: none for page 1, ["page", "N"] after. */
export const pageSegments = (page: number): string[] => (page === 1 ? [] : ['page', String(page)]);

/** The route of a page of the news list. */
export function newsListRoute(page = 1): RouteAndParams {
  return page === 1 ? { route: '/news', params: {} } : { route: '/news/page/[page]', params: { page: String(page) } };
}

/** The route of a page of the events list, all of it or one filter's (a territory, a format, a month). */
export function eventsListRoute(filter: EventFilter | undefined, page = 1): RouteAndParams {
  const rest = pageSegments(page);
  if (!filter)
    return page === 1
      ? { route: '/events', params: {} }
      : { route: '/events/page/[page]', params: { page: String(page) } };
  if (filter.kind === 'district')
    return { route: '/events/district/[district]/[[...page]]', params: { district: filter.value, page: rest } };
  if (filter.kind === 'format')
    return { route: '/events/format/[format]/[[...page]]', params: { format: filter.value, page: rest } };
  return { route: '/events/month/[month]/[[...page]]', params: { month: filter.value, page: rest } };
}

/** The route of a page of a topic's list. */
export function topicListRoute(id: string, page = 1): RouteAndParams {
  return { route: '/topics/[id]/[[...page]]', params: { id, page: pageSegments(page) } };
}

export const newsListPath = (page = 1) => pathOf(newsListRoute(page));
export const topicListPath = (id: string, page = 1) => pathOf(topicListRoute(id, page));
export const eventsListPath = (filter: EventFilter | undefined, page = 1) => pathOf(eventsListRoute(filter, page));
