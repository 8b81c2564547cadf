import { getTranslations } from 'next-intl/server';
import { inEveryLocale } from '@/i18n/routing';
import { cardMetadata, imageLocale, localeOf, shareImage } from '@/lib/seo/share-image';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

const messages = { kk, ru };

export function generateImageMetadata({ params }: { params: { locale: string } }) {
  return cardMetadata(params.locale, messages[localeOf(params.locale)].Site.name.replace(/^«|»$/g, ''));
}
export const generateStaticParams = () => inEveryLocale();

export default async function Image({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await imageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return shareImage(locale, { title: t('name'), subtitle: t('founded') });
}
