import { inEveryLocale } from '@/i18n/routing';
import { getTranslations } from 'next-intl/server';
import { getParties, getParty } from '@/lib/content/queries';
import { cardMetadata, imageLocale, localeOf, shareImage } from '@/lib/seo/share-image';
import { atStart } from '@/lib/format/capitalize';

export function generateImageMetadata({ params }: { params: { locale: string; id: string } }) {
  const locale = localeOf(params.locale);
  const party = getParty(params.id);
  return cardMetadata(locale, party ? atStart(party.name[locale], locale) : '');
}
export const generateStaticParams = () => inEveryLocale(getParties().map(({ id }) => ({ id })));

export default async function Image({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const locale = await imageLocale(params);
  const party = getParty((await params).id);
  if (!party) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Nav' });
  return shareImage(locale, { kicker: t('parties'), title: atStart(party.name[locale], locale) });
}
