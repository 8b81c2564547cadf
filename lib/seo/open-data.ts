import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { getDistrict, getEvents, getFigures, getParties, getPeople } from '@/lib/content/queries';
import type { CoalitionEvent, EventTime, SourceRef } from '@/lib/content/kinds';
import { type CsvColumns, toCsv } from '@/lib/format/csv';
import { isoDateInZone, isoDateTimeInZone } from '@/lib/format/dates';
import { paragraphAnchor } from '@/lib/content/source-text';
import { pageUrl } from './site-url';
import { path } from '@/lib/site/routes';

/*
 * Open data: the coalition's structured content at stable URLs (/data/<name>.json, and the events as
 * CSV too), generated from the same files as the pages. Texts keep both languages; links are absolute.
 * The fields are listed in the docs/open-data.md).
 */

const perLocale = (href: string) =>
  Object.fromEntries(routing.locales.map((locale: Locale) => [locale, pageUrl(locale, href)]));

const source = (ref: SourceRef) => ({
  article: ref.article,
  paragraph: ref.paragraph,
  ...(ref.quote ? { quote: ref.quote } : {}),
  url: perLocale(`/news/${ref.article}#${paragraphAnchor(ref.paragraph)}`),
});

export const datasets = {
  'figures.json': () =>
    json(
      getFigures().map((f) => ({
        id: f.id,
        value: f.value,
        reading: f.reading,
        scope: f.scope,
        label: f.label,
        source: source(f.source),
      })),
    ),
  'people.json': () =>
    json(
      getPeople().map((p) => ({
        id: p.id,
        name: p.name,
        party: p.party ?? null,
        roles: p.roles,
        coalitionRole: p.coalitionRole ?? null,
        source: source(p.source),
        url: perLocale(path('/people/[id]', { id: p.id })),
      })),
    ),
  'parties.json': () =>
    json(
      getParties().map((p) => ({
        id: p.id,
        name: p.name,
        members: getPeople()
          .filter((person) => person.party === p.id)
          .map((person) => person.id),
        url: perLocale(path('/parties/[id]', { id: p.id })),
      })),
    ),
  'events.json': () => json(getEvents().map(eventRecord)),
  'events.csv': () => csv(getEvents().map(eventRecord)),
} as const;

export type DatasetName = keyof typeof datasets;

type Dataset = { type: string; body: string };

function json(data: unknown): Dataset {
  return { type: 'application/json; charset=utf-8', body: `${JSON.stringify(data, null, 2)}\n` };
}

/** The events as CSV (lib/format/csv.ts). */
function csv(records: readonly ReturnType<typeof eventRecord>[]): Dataset {
  const columns = {
    id: (e: (typeof records)[number]) => e.id,
    start: (e) => e.start,
    end: (e) => e.end ?? '',
    all_day: (e) => String(e.allDay),
    status: (e) => e.status,
    format: (e) => e.format,
    district: (e) => e.district.id,
    district_kk: (e) => e.district.name?.kk ?? '',
    district_ru: (e) => e.district.name?.ru ?? '',
    title_kk: (e) => e.title.kk,
    title_ru: (e) => e.title.ru,
    venue_kk: (e) => e.venue.kk,
    venue_ru: (e) => e.venue.ru,
    article: (e) => e.article ?? '',
    url_kk: (e) => e.url.kk ?? '',
    url_ru: (e) => e.url.ru ?? '',
  } satisfies CsvColumns<(typeof records)[number]>;
  return { type: 'text/csv; charset=utf-8', body: toCsv(columns, records) };
}

/** A day for an all-day event, the instant with Kyzylorda's offset for a timed one. */
const when = (time: EventTime) => (time.allDay ? isoDateInZone(time.instant) : isoDateTimeInZone(time.instant));

function eventRecord(e: CoalitionEvent) {
  const district = getDistrict(e.district);
  return {
    id: e.id,
    title: e.title,
    start: when(e.start),
    end: e.end ? when(e.end) : null,
    allDay: e.start.allDay,
    venue: e.venue,
    district: { id: e.district, name: district?.name ?? null },
    format: e.format,
    status: e.status,
    article: e.article ?? null,
    url: perLocale(path('/events/[id]', { id: e.id })),
    calendar: perLocale(path('/events/[id]/calendar.ics', { id: e.id })),
  };
}

export function isDatasetName(name: string): name is DatasetName {
  return Object.hasOwn(datasets, name);
}
