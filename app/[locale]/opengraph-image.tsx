import { getTranslations } from 'next-intl/server';
import { imageLocale, shareImage } from '@/lib/share-image';

export {
  shareImageAlt as alt,
  shareImageSize as size,
  shareImageType as contentType,
  localeParams as generateStaticParams,
} from '@/lib/share-image';

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await imageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return shareImage(locale, { title: t('name'), subtitle: t('founded') });
}
