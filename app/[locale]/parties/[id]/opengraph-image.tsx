import { inEveryLocale } from '@/i18n/routing';
import { getTranslations } from 'next-intl/server';
import { getParties, getParty } from '@/lib/content/queries';
import { imageLocale, shareImage } from '@/lib/seo/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/seo/share-image';
export const generateStaticParams = () => inEveryLocale(getParties().map(({ id }) => ({ id })));

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const party = getParty((await params).id);
  if (!party) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Nav' });
  return shareImage(locale, { kicker: t('parties'), title: party.name[locale] });
}
