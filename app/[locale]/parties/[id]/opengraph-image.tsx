import { getTranslations } from 'next-intl/server';
import { getParty } from '@/lib/content';
import { imageLocale, shareImage } from '@/lib/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/share-image';
export { generateStaticParams } from './page';

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const party = getParty((await params).id);
  if (!party) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Nav' });
  return shareImage(locale, { kicker: t('parties'), title: party.name[locale] });
}
