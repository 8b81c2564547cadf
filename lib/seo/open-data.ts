import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import {
  getDistrict,
  getDistricts,
  getEvents,
  getFigures,
  getParties,
  getPeople,
  getRecipient,
  getReports,
  getTopics,
} from '@/lib/content/queries';
import { type FigureGroup, figureNames } from '@/lib/reports/names';
import type { CoalitionEvent, EventTime, Report, SourceRef } from '@/lib/content/kinds';
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
  'reports.json': () => json(getReports().map(reportRecord)),
  'reports.csv': () => reportsCsv(),
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

function reportRecord(r: Report) {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary ?? null,
    from: isoDateInZone(r.from),
    to: isoDateInZone(r.to),
    counted: isoDateInZone(r.counted),
    figures: r.figures,
    items: r.items.map((item) => ({
      ...item,
      day: item.day ? isoDateInZone(item.day) : null,
      recipient: item.recipient ? { id: item.recipient, name: getRecipient(item.recipient)?.name ?? null } : null,
    })),
    url: perLocale(path('/reports/[id]', { id: r.id })),
  };
}

/** Every figure of every report, one per row: its group, its key and names, its count (empty: not shown). */
function reportsCsv(): Dataset {
  const name = figureNames({ topics: getTopics(), districts: getDistricts() });
  type Row = { report: Report; group: FigureGroup | 'received'; key: string; count?: number };
  const rows: Row[] = getReports().flatMap((report) => [
    { report, group: 'received' as const, key: '', count: report.figures.received },
    ...report.figures.kinds.map((x) => ({ report, group: 'kind' as const, key: x.kind, count: x.count })),
    ...report.figures.topics.map((x) => ({ report, group: 'topic' as const, key: x.topic, count: x.count })),
    ...report.figures.districts.map((x) => ({ report, group: 'district' as const, key: x.district, count: x.count })),
    ...report.figures.outcomes.map((x) => ({ report, group: 'outcome' as const, key: x.outcome, count: x.count })),
  ]);
  const named = (row: Row) => (row.group === 'received' ? undefined : name(row.group, row.key));
  const columns = {
    report: (row: Row) => row.report.id,
    from: (row) => isoDateInZone(row.report.from),
    to: (row) => isoDateInZone(row.report.to),
    counted: (row) => isoDateInZone(row.report.counted),
    group: (row) => row.group,
    key: (row) => row.key,
    name_kk: (row) => named(row)?.kk ?? '',
    name_ru: (row) => named(row)?.ru ?? '',
    count: (row) => (row.count === undefined ? '' : String(row.count)),
  } satisfies CsvColumns<Row>;
  return { type: 'text/csv; charset=utf-8', body: toCsv(columns, rows) };
}
