import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getEvent, getEvents } from '@/lib/content/queries';
import { eventLabels } from '@/lib/format/event-labels';
import { eventsCalendar } from '@/lib/seo/calendar';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale(getEvents().map(({ id }) => ({ id })));

/** One event as a calendar file, to add it to a phone's calendar. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/events/[id]/calendar.ics'>) {
  const { locale, id } = await params;
  const event = getEvent(id);
  if (!hasLocale(routing.locales, locale) || !event) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const labels = await eventLabels(locale);
  return new Response(eventsCalendar([event], locale, labels.calendar(t('shortName'))), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.id}.ics"`,
    },
  });
}
