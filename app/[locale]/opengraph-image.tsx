import { getTranslations } from 'next-intl/server';
import { inEveryLocale } from '@/i18n/routing';
import { imageLocale, shareImage } from '@/lib/seo/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/seo/share-image';
export const generateStaticParams = () => inEveryLocale();

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await imageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return shareImage(locale, { title: t('name'), subtitle: t('founded') });
}
