import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { parsePageParam } from '@/lib/content/pagination';
import { eventsListPath, eventsListRoute, pageSegments } from '@/lib/site/lists';
import { eventFormats } from '@/lib/events/model';
import { EventListPage } from '@/components/EventListPage';
import { getDistricts, getEventChoices, getEventsPage, getEventsPageCount, isEventComing } from '@/lib/content/queries';
import type { EventFilter, FilterKind } from '@/lib/events/schedule';
import { eventLabels, filterName } from '@/lib/events/labels';
import { sectionMetadata } from '@/lib/seo/metadata';

/*
 * The events list and its filtered lists (/events/district/<id>, /format/<format>, /month/<yyyy-mm>),
 * each paged as <list>/page/N: one loader and one metadata for all their routes.
 */

/** The filter an address names, if it names one the content has. */
export function filterOf(kind: FilterKind, value: string): EventFilter | undefined {
  if (kind === 'district') return getDistricts().some((d) => d.id === value) ? { kind, value } : undefined;
  if (kind === 'format') {
    const format = eventFormats.find((f) => f === value);
    return format ? { kind, value: format } : undefined;
  }
  return getEventChoices().month.some((m) => m.value === value) ? { kind, value } : undefined;
}

/** The page an optional catch-all names: none for page 1, ["page", "N"] for N ≥ 2. */
export function pageOf(segments: string[] | undefined): number | undefined {
  if (!segments || segments.length === 0) return 1;
  const page = segments.length === 2 && segments[0] === 'page' ? parsePageParam(segments[1] ?? '') : null;
  return page !== null && page > 1 ? page : undefined;
}

/** Static params of a filter's pages: every value of the kind, every page of each. */
export function filterParams(kind: FilterKind, key: string) {
  return getEventChoices()[kind].flatMap(({ value }) => {
    const pages = getEventsPageCount({ kind, value } as EventFilter);
    return Array.from({ length: pages }, (_, i) => ({ [key]: value, page: pageSegments(i + 1) }));
  });
}

/**
 * A list page's events, the filter's words, its title (the page's and its metadata's), and the
 * labels; a build only asks for existing pages.
 */
export async function loadEvents(filter: EventFilter | undefined, page: number | undefined) {
  const slice = page === undefined ? null : getEventsPage(filter, page);
  if (!slice) notFound();
  const locale = await getLocale();
  const t = await getTranslations('Events');
  const labels = eventLabels(locale);
  const name = filter ? filterName(filter, locale, labels, getDistricts()) : undefined;
  const title = name
    ? slice.page === 1
      ? t('titleFiltered', { filter: name })
      : t('titleFilteredPaged', { filter: name, page: slice.page })
    : slice.page === 1
      ? t('title')
      : t('titlePaged', { page: slice.page });
  return { slice, filter, name, title, labels, href: eventsListPath(filter, slice.page) };
}

export async function eventsMetadata(filter: EventFilter | undefined, page: number | undefined): Promise<Metadata> {
  const { name, title } = await loadEvents(filter, page);
  const t = await getTranslations('Events');
  const description = name ? t('descriptionFiltered', { filter: name }) : t('description');
  return sectionMetadata({ locale: await getLocale(), ...eventsListRoute(filter, page), title, description });
}

type FilterParams = { locale: string; page?: string[] } & Record<string, string | string[] | undefined>;

/**
 * The route of one filter kind (app/[locale]/events/<kind>/[<kind>]/[[...page]]): its static params,
 * its metadata and its page, the same for every kind.
 */
export function filterRoute(kind: FilterKind) {
  const address = async (params: Promise<FilterParams>) => {
    const values = await params;
    const filter = filterOf(kind, String(values[kind]));
    return [filter, filter ? pageOf(values.page) : undefined] as const;
  };
  return {
    generateStaticParams: () => filterParams(kind, kind),
    generateMetadata: async ({ params }: { params: Promise<FilterParams> }) =>
      eventsMetadata(...(await address(params))),
    Page: async function FilteredEventsPage({ params }: { params: Promise<FilterParams> }) {
      const list = await loadEvents(...(await address(params)));
      return (
        <EventListPage {...list} choices={getEventChoices()} districts={getDistricts()} isComing={isEventComing} />
      );
    },
  };
}
