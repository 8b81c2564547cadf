import { hasLocale } from 'next-intl';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getEvents } from '@/lib/content/queries';
import { calendarResponse } from '../events/calendar';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

/** Every event of the coalition as one subscribable calendar, per language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/events.ics'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return calendarResponse(locale, getEvents(), `events-${locale}.ics`, 'inline');
}
