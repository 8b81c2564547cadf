import { inEveryLocale } from '@/i18n/routing';
import { getPeople, getPerson } from '@/lib/content/queries';
import { cardMetadata, imageLocale, localeOf, shareImage } from '@/lib/seo/share-image';

export function generateImageMetadata({ params }: { params: { locale: string; id: string } }) {
  const person = getPerson(params.id);
  return cardMetadata(params.locale, person?.name[localeOf(params.locale)] ?? '');
}
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
