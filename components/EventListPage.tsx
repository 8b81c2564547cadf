import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import type { ReactNode } from 'react';
import type { PageSlice } from '@/lib/content/pagination';
import { eventsListPath } from '@/lib/site/lists';
import type { CoalitionEvent, District } from '@/lib/content/kinds';
import type { Choice, EventFilter, FilterKind } from '@/lib/events/schedule';
import type { EventLabels } from '@/lib/events/labels';
import { EventFilters } from './EventFilters';
import { EventList } from './EventList';
import { Page } from './Page';
import { PageIntro } from './PageIntro';
import { Pagination } from './Pagination';
import { path } from '@/lib/site/routes';

/**
 * A page of the events list, all of it or one filter's: the filters with their counts, the events in
 * schedule order, the pages, the calendar to subscribe to. `children`: what the first page of the
 * whole list shows above it (the plan).
 */
export function EventListPage({
  slice,
  filter,
  name,
  title,
  href,
  labels,
  choices,
  districts,
  isComing,
  children,
}: {
  slice: PageSlice<CoalitionEvent>;
  filter: EventFilter | undefined;
  name: string | undefined;
  title: string;
  href: string;
  labels: EventLabels;
  choices: Record<FilterKind, Choice[]>;
  districts: readonly District[];
  isComing: (event: CoalitionEvent) => boolean;
  children?: ReactNode;
}) {
  const t = useTranslations('Events');
  const tNav = useTranslations('Nav');
  const locale = useLocale();
  const crumbs = [
    { href: path('/'), label: tNav('home') },
    ...(filter || slice.page > 1 ? [{ href: path('/events'), label: tNav('events') }] : []),
  ];
  const calendar = getPathname({
    href:
      filter?.kind === 'district'
        ? path('/events/district/[district]/calendar.ics', { district: filter.value })
        : path('/events.ics'),
    locale,
  });
  return (
    <Page href={href}>
      <PageIntro href={href} crumbs={crumbs} title={title} />
      {children}
      <section aria-labelledby="events-list" className="mt-10">
        <h2 id="events-list" className="text-2xl font-bold">
          {t('listTitle')}
        </h2>
        <p className="mt-2 text-muted">
          {name && `${t('shown', { filter: name })} · `}
          {t('count', { count: slice.totalItems })}
        </p>
        <EventFilters choices={choices} current={filter} districts={districts} labels={labels} />
        {slice.items.length === 0 ? (
          <p className="mt-6">{t('empty')}</p>
        ) : (
          <EventList events={slice.items} districts={districts} labels={labels} isComing={isComing} headingLevel="h3" />
        )}
        <Pagination
          page={slice.page}
          totalPages={slice.totalPages}
          hrefOf={(page) => eventsListPath(filter, page)}
          label={t('pagination')}
        />
        <p className="mt-8">
          <a href={calendar} type="text/calendar" className="font-semibold">
            {filter?.kind === 'district' && name ? t('calendarDistrict', { district: name }) : t('calendarAll')}
          </a>
        </p>
      </section>
    </Page>
  );
}
