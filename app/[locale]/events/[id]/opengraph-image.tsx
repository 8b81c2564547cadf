import { inEveryLocale } from '@/i18n/routing';
import { getEvent, getEvents } from '@/lib/content/queries';
import { formatEventWhen } from '@/lib/format/dates';
import { imageLocale, shareImage } from '@/lib/seo/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/seo/share-image';
export const generateStaticParams = () => inEveryLocale(getEvents().map(({ id }) => ({ id })));

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const event = getEvent((await params).id);
  if (!event) return new Response('Not found', { status: 404 });
  return shareImage(locale, {
    kicker: `${formatEventWhen(event.start, event.end, locale)} · ${event.venue[locale]}`,
    title: event.title[locale],
  });
}
