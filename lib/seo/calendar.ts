import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Locale } from '@/i18n/routing';
import type { CoalitionEvent } from '@/lib/content/schema';
import { isoDateInZone } from '@/lib/format/dates';
import { pageUrl, siteUrl } from './site-url';

export type CalendarLabels = {
  calendarName: string;
  formatLabel: (event: CoalitionEvent) => string;
  statusLabel: (event: CoalitionEvent) => string;
};

function dayArray(isoDay: string): DateArray {
  const [y = 0, m = 0, d = 0] = isoDay.split('-').map(Number);
  return [y, m, d];
}

function nextDay(isoDay: string): DateArray {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * An iCalendar file (RFC 5545) of the given events in one language. The content gives days, not
 * times, so each event is an all-day event on its day in Kyzylorda.
 */
export function eventsCalendar(events: readonly CoalitionEvent[], locale: Locale, labels: CalendarLabels): string {
  const attributes: EventAttributes[] = events.map((event) => {
    const day = isoDateInZone(event.date);
    const eventPage = pageUrl(locale, `/events/${event.id}`);
    const description = [labels.formatLabel(event), labels.statusLabel(event)];
    if (event.article) description.push(pageUrl(locale, `/news/${event.article}`));
    return {
      uid: `${event.id}@${siteUrl().host}`,
      title: event.title[locale],
      start: dayArray(day),
      end: nextDay(day),
      location: event.place[locale],
      description: description.join('\n'),
      url: eventPage,
      status: 'CONFIRMED',
      categories: [labels.formatLabel(event)],
    };
  });
  const { error, value } = createEvents(attributes, {
    productId: `-//${siteUrl().host}//${labels.calendarName}//${locale.toUpperCase()}`,
    calName: labels.calendarName,
  });
  if (error || value === null) throw error ?? new Error('ics produced no calendar');
  return value;
}
