import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getEvents } from '@/lib/content/queries';
import { eventLabels } from '@/lib/format/event-labels';
import { eventsCalendar } from '@/lib/seo/calendar';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

/** Every event of the coalition as one subscribable calendar, per language. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/events.ics'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const labels = await eventLabels(locale);
  const body = eventsCalendar(getEvents(), locale, labels.calendar(t('shortName')));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="events-${locale}.ics"`,
    },
  });
}
