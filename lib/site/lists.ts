import type { EventFilter } from '@/lib/events/schedule';
import { path } from './routes';

/*
 * The addresses of the paged lists: page 1 at the list's own address, then …/page/N.
 */

/** A page of the news list. */
export function newsListPath(page = 1): string {
  return page === 1 ? path('/news') : path('/news/page/[page]', { page: String(page) });
}

/** A page of the events list, all of it or one filter's (a territory, a format, a month). */
export function eventsListPath(filter: EventFilter | undefined, page = 1): string {
  const rest = page === 1 ? [] : ['page', String(page)];
  if (!filter) return page === 1 ? path('/events') : path('/events/page/[page]', { page: String(page) });
  if (filter.kind === 'district')
    return path('/events/district/[district]/[[...page]]', { district: filter.value, page: rest });
  if (filter.kind === 'format')
    return path('/events/format/[format]/[[...page]]', { format: filter.value, page: rest });
  return path('/events/month/[month]/[[...page]]', { month: filter.value, page: rest });
}
