import { getPerson } from '@/lib/content';
import { imageLocale, shareImage } from '@/lib/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/share-image';
export { generateStaticParams } from './page';

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const person = getPerson((await params).id);
  if (!person) return new Response('Not found', { status: 404 });
  return shareImage(locale, {
    title: person.name[locale],
    subtitle: (person.coalitionRole ?? person.roles[0])?.[locale],
  });
}
