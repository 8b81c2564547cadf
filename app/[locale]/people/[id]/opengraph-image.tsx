import { inEveryLocale } from '@/i18n/routing';
import { getPeople, getPerson } from '@/lib/content/queries';
import { imageLocale, shareImage } from '@/lib/seo/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/seo/share-image';
export const generateStaticParams = () => inEveryLocale(getPeople().map(({ id }) => ({ id })));

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const person = getPerson((await params).id);
  if (!person) return new Response('Not found', { status: 404 });
  return shareImage(locale, {
    title: person.name[locale],
    subtitle: (person.coalitionRole ?? person.roles[0])?.[locale],
  });
}
