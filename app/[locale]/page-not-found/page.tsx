import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/NotFoundContent';
import { resolvePageLocale } from '@/i18n/page-locale';

/**
 * The localized 404 page (lib/not-found-page.ts): every unknown path is answered with it, status
 * 404. Next 16.4's notFound() serves an empty HTML shell in production (vercel/next.js#98954),
 * which would leave readers without JavaScript on a blank page.
 */
export async function generateMetadata({ params }: PageProps<'/[locale]/page-not-found'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function PageNotFound({ params }: PageProps<'/[locale]/page-not-found'>) {
  await resolvePageLocale(params);
  return <NotFoundContent />;
}
