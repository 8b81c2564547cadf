import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { eventsCalendar } from '@/lib/calendar';
import { getEvents } from '@/lib/content';
import { eventLabels } from '@/lib/event-labels';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

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
