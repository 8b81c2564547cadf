import { hasLocale } from 'next-intl';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getDistrict, getDistricts, getEvents } from '@/lib/content/queries';
import { calendarResponse } from '../../../calendar';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale(getDistricts().map(({ id }) => ({ district: id })));

/** The events of one territory, as a calendar to subscribe to. */
export async function GET(
  _request: Request,
  { params }: RouteContext<'/[locale]/events/district/[district]/calendar.ics'>,
) {
  const { locale, district } = await params;
  if (!hasLocale(routing.locales, locale) || !getDistrict(district)) return new Response('Not found', { status: 404 });
  const events = getEvents().filter((e) => e.district === district);
  return calendarResponse(locale, events, `events-${district}-${locale}.ics`, 'inline');
}
