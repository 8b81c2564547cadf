import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { CoalitionEvent, District } from '@/lib/content/kinds';
import { type ShownStatus, shownStatus } from '@/lib/events/schedule';
import { formatEventWhen, siteToday } from '@/lib/format/dates';
import type { EventLabels } from '@/lib/events/labels';
import { path } from '@/lib/site/routes';

const statusStyle: Record<ShownStatus, string> = {
  planned: 'border border-brand-dark',
  'awaiting-report': 'border border-dashed border-muted',
  held: 'bg-brand-dark text-white',
  postponed: 'border-2 border-dashed border-accent',
  cancelled: 'border border-line text-muted line-through',
};

/** One event in a list: when, what, where, in which format, and whether it is held, postponed or cancelled. */
function EventItem({ event, district, labels }: { event: CoalitionEvent; district?: District; labels: EventLabels }) {
  const locale = useLocale();
  return (
    <li className="rounded-lg border border-line p-5">
      <p className="text-sm font-semibold text-brand-dark">
        <time dateTime={event.start.instant}>{formatEventWhen(event.start, event.end, locale)}</time>
      </p>
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={path('/events/[id]', { id: event.id })} className="text-ink hover:text-brand">
          {event.title[locale]}
        </Link>
      </h3>
      <p className="mt-1 text-muted">
        {event.venue[locale]}
        {district && ` · ${district.name[locale]}`}
      </p>
      <p className="mt-2 flex flex-wrap gap-2 text-sm">
        <span className="rounded bg-wash px-2 py-0.5">{labels.format(event.format)}</span>
        <span className={`rounded px-2 py-0.5 ${statusStyle[shownStatus(event, siteToday())]}`}>
          {labels.status(event)}
        </span>
      </p>
    </li>
  );
}

/**
 * Events in schedule order, under "coming" and "past" headings where the page holds them: a page of
 * the list may begin in either.
 */
export function EventList({
  events,
  districts,
  labels,
  isComing,
  headingLevel = 'h2',
}: {
  events: readonly CoalitionEvent[];
  districts: readonly District[];
  labels: EventLabels;
  isComing: (event: CoalitionEvent) => boolean;
  headingLevel?: 'h2' | 'h3';
}) {
  const Heading = headingLevel;
  const t = useTranslations('Events');
  const districtOf = new Map(districts.map((d) => [d.id, d]));
  const groups = [
    { id: 'coming', title: t('coming'), events: events.filter(isComing) },
    { id: 'past', title: t('past'), events: events.filter((e) => !isComing(e)) },
  ].filter((g) => g.events.length > 0);
  return (
    <>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`events-${group.id}`} className="mt-8 first:mt-6">
          <Heading id={`events-${group.id}`} className="text-xl font-bold">
            {group.title}
          </Heading>
          <ol className="mt-4 space-y-4">
            {group.events.map((event) => (
              <EventItem key={event.id} event={event} district={districtOf.get(event.district)} labels={labels} />
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
