import { getEvent } from '@/lib/content';
import { formatLongDate } from '@/lib/dates';
import { imageLocale, shareImage } from '@/lib/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/share-image';
export { generateStaticParams } from './page';

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const event = getEvent((await params).id);
  if (!event) return new Response('Not found', { status: 404 });
  return shareImage(locale, {
    kicker: `${formatLongDate(event.date, locale)} · ${event.place[locale]}`,
    title: event.title[locale],
  });
}
