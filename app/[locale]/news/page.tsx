import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsListPage } from '@/components/NewsListPage';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getNewsPage } from '@/lib/content';
import { newsListMetadata } from '@/lib/news-list-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/news'>): Promise<Metadata> {
  return newsListMetadata(await resolvePageLocale(params), 1);
}

export default async function NewsIndexPage({ params }: PageProps<'/[locale]/news'>) {
  const locale = await resolvePageLocale(params);
  const slice = getNewsPage(locale, 1);
  if (!slice) notFound();
  return <NewsListPage {...slice} />;
}
