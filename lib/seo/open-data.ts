import type { Locale } from '@/i18n/routing';
import { routing } from '@/i18n/routing';
import { getEvents, getFigures, getParties, getPeople } from '@/lib/content/queries';
import type { SourceRef } from '@/lib/content/schema';
import { isoDateInZone } from '@/lib/format/dates';
import { paragraphAnchor } from '@/lib/content/source-text';
import { pageUrl } from './site-url';

/*
 * Open data: the coalition's structured content as JSON at stable URLs (/data/<name>.json),
 * generated from the same files as the pages. Texts keep both languages; links are absolute.
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
    getFigures().map((f) => ({
      id: f.id,
      value: f.value,
      reading: f.reading,
      scope: f.scope,
      label: f.label,
      source: source(f.source),
    })),
  'people.json': () =>
    getPeople().map((p) => ({
      id: p.id,
      name: p.name,
      party: p.party ?? null,
      roles: p.roles,
      coalitionRole: p.coalitionRole ?? null,
      source: source(p.source),
      url: perLocale(`/people/${p.id}`),
    })),
  'parties.json': () =>
    getParties().map((p) => ({
      id: p.id,
      name: p.name,
      members: getPeople()
        .filter((person) => person.party === p.id)
        .map((person) => person.id),
      url: perLocale(`/parties/${p.id}`),
    })),
  'events.json': () =>
    getEvents().map((e) => ({
      id: e.id,
      title: e.title,
      date: isoDateInZone(e.date),
      place: e.place,
      format: e.format,
      status: e.status,
      article: e.article ?? null,
      url: perLocale(`/events/${e.id}`),
      calendar: perLocale(`/events/${e.id}/calendar.ics`),
    })),
} as const;

export type DatasetName = keyof typeof datasets;

export function isDatasetName(name: string): name is DatasetName {
  return Object.hasOwn(datasets, name);
}
