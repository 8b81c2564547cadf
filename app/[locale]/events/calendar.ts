import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { CoalitionEvent } from '@/lib/content/kinds';
import { getDistricts } from '@/lib/content/queries';
import { eventLabels } from '@/lib/events/labels';
import { eventsCalendar } from '@/lib/events/calendar';

/** A calendar file of `events` in one language, as the events routes answer with it. */
export async function calendarResponse(
  locale: Locale,
  events: readonly CoalitionEvent[],
  filename: string,
  disposition: 'inline' | 'attachment',
): Promise<Response> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  const labels = eventLabels(locale);
  const body = eventsCalendar(events, locale, { name: site('shortName'), labels, districts: getDistricts() });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `${disposition}; filename="${filename}"`,
    },
  });
}
