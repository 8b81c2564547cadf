import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Locale } from '@/i18n/routing';
import type { District } from '@/lib/content/kinds/districts';
import { isoDateInZone } from '@/lib/format/dates';
import { pageUrl, siteUrl } from '@/lib/seo/site-url';
import { path } from '@/lib/site/routes';
import type { EventLabels } from './labels';
import type { CoalitionEvent, EventTime } from './model';

/*
 * Events as iCalendar (RFC 5545), made with the `ics` library: a day where the content gives a day, a
 * time (in UTC, as calendar apps expect) where it gives one. UIDs name the event, not the host, so that
 * a calendar keeps its events when the site moves; lines are folded at 75 octets, not characters
 * (a Kazakh title is two octets a letter).
 */

/** A calendar's name and words, in one language. */
export type CalendarText = { name: string; labels: EventLabels; districts: readonly District[] };

const UID_DOMAIN = 'qyzylorda-koalitsiya';

function dayArray(isoDay: string): DateArray {
  const [y = 0, m = 0, d = 0] = isoDay.split('-').map(Number);
  return [y, m, d];
}

function nextDay(isoDay: string): DateArray {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

function utcArray(instant: string): DateArray {
  const d = new Date(instant);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/** DTSTART and DTEND (or a duration), as the `ics` library takes them. */
function times(start: EventTime, end: EventTime | undefined): Partial<EventAttributes> {
  if (start.allDay) {
    const last = isoDateInZone((end ?? start).instant);
    return { start: dayArray(isoDateInZone(start.instant)), end: nextDay(last) };
  }
  return {
    start: utcArray(start.instant),
    startInputType: 'utc',
    startOutputType: 'utc',
    ...(end ? { end: utcArray(end.instant), endInputType: 'utc', endOutputType: 'utc' } : { duration: { hours: 2 } }),
  } as Partial<EventAttributes>;
}

const statusOf = { planned: 'CONFIRMED', held: 'CONFIRMED', postponed: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** Unfolds, then folds every line at 75 octets without cutting a UTF-8 character (RFC 5545, 3.1). */
export function foldLines(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const parts: string[] = [];
      let start = 0;
      while (start < bytes.length) {
        let end = Math.min(bytes.length, start + (parts.length === 0 ? 75 : 74));
        // A UTF-8 continuation byte (10xxxxxx) belongs to the character before it.
        while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
        parts.push(bytes.subarray(start, end).toString('utf8'));
        start = end;
      }
      return parts.length === 0 ? '' : parts.join('\r\n ');
    })
    .join('\r\n');
}

export function eventUid(event: CoalitionEvent): string {
  return `${event.id}@${UID_DOMAIN}`;
}

/** An iCalendar file of the given events in one language. */
export function eventsCalendar(events: readonly CoalitionEvent[], locale: Locale, text: CalendarText): string {
  const districtOf = new Map(text.districts.map((d) => [d.id, d.name[locale]]));
  const attributes: EventAttributes[] = events.map((event) => {
    const district = districtOf.get(event.district);
    const description = [text.labels.format(event.format), text.labels.status(event)];
    if (event.article) description.push(pageUrl(locale, path('/news/[slug]', { slug: event.article })));
    return {
      uid: eventUid(event),
      title: event.title[locale],
      ...times(event.start, event.end),
      location: [event.venue[locale], district].filter(Boolean).join(', '),
      description: description.join('\n'),
      url: pageUrl(locale, path('/events/[id]', { id: event.id })),
      status: statusOf[event.status],
      categories: [text.labels.format(event.format)],
    } as EventAttributes;
  });
  const { error, value } = createEvents(attributes, {
    productId: `-//${siteUrl().host}//${text.name}//${locale.toUpperCase()}`,
    calName: text.name,
  });
  if (error || value === null || value === undefined) throw error ?? new Error('ics produced no calendar');
  return foldLines(withTimeZone(value));
}

/**
 * Kyzylorda's time zone as a VTIMEZONE: the calendar's own component, so that a calendar with no event
 * yet (a territory's, before its first meeting) is still valid (RFC 5545 §3.6 asks for at least one).
 * Times are written in UTC or as days, so nothing refers to it; readers keep the calendar's zone.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Qyzylorda',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0500',
  'TZOFFSETTO:+0500',
  'TZNAME:+05',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

function withTimeZone(ics: string): string {
  const end = ics.indexOf('\r\nBEGIN:VEVENT');
  const at = end === -1 ? ics.lastIndexOf('\r\nEND:VCALENDAR') : end;
  return `${ics.slice(0, at)}\r\nX-WR-TIMEZONE:Asia/Qyzylorda\r\n${VTIMEZONE}${ics.slice(at)}`;
}
