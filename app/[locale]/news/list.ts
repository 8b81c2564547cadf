import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { newsListRoute } from '@/lib/site/lists';
import { getNewsPage, getNewsPageCount } from '@/lib/content/queries';
import { pageMetadata, titleWithSite } from '@/lib/seo/metadata';

/** One page of the news list (1 at /news, 2… at /news/page/N); a build only asks for existing ones. */
export async function loadNewsPage(page: number | null) {
  const slice = page === null ? null : getNewsPage(await getLocale(), page);
  if (!slice) notFound();
  return slice;
}

export async function newsListMetadata(page: number): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('News');
  const site = await getTranslations('Site');
  const title = page === 1 ? t('title') : t('titlePaged', { page });
  return pageMetadata({
    locale,
    ...newsListRoute(page),
    title: titleWithSite(title, site('shortName')),
    description: t('description'),
    locales: routing.locales.filter((l) => getNewsPageCount(l) >= page),
    siteName: site('shortName'),
  });
}
