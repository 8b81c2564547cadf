import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { type Locale, routing } from '@/i18n/routing';
import { getNewsPageCount } from './content';
import { pageMetadata } from './metadata';

export async function newsListMetadata(locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'News' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  const title = page === 1 ? t('title') : t('titlePaged', { page });
  return pageMetadata({
    locale,
    href: page === 1 ? '/news' : `/news/page/${page}`,
    title: `${title} — ${site('shortName')}`,
    description: t('description'),
    locales: routing.locales.filter((l) => getNewsPageCount(l) >= page),
    siteName: site('shortName'),
  });
}
