import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getEvent } from '@/lib/content/queries';
import { formatEventWhen } from '@/lib/format/dates';
import { shareImage } from '@/lib/seo/share-image';

// Drawn on first request and then kept, as articles' cards are (lib/seo/share-cards.ts).
export const dynamic = 'force-static';
export function generateStaticParams() {
  return [];
}

/** The card an event is shared with: when, where, and its title. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/events/[id]/share.png'>) {
  const { locale, id } = await params;
  const event = getEvent(id);
  if (!event || !hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return shareImage(locale, {
    kicker: `${formatEventWhen(event.start, event.end, locale)} · ${event.venue[locale]}`,
    title: event.title[locale],
  });
}
