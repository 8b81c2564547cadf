import { hasLocale } from 'next-intl';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getEvent, getEvents } from '@/lib/content/queries';
import { calendarResponse } from '../../calendar';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale(getEvents().map(({ id }) => ({ id })));

/** One event as a calendar file, to add it to a phone's calendar. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/events/[id]/calendar.ics'>) {
  const { locale, id } = await params;
  const event = getEvent(id);
  if (!hasLocale(routing.locales, locale) || !event) return new Response('Not found', { status: 404 });
  return calendarResponse(locale, [event], `${event.id}.ics`, 'attachment');
}
