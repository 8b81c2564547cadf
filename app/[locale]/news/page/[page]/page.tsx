import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewsListPage } from '@/components/NewsListPage';
import { resolvePageLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import { getNewsPage, getNewsPageCount } from '@/lib/content';
import { newsListMetadata } from '@/lib/news-list-metadata';
import { parsePageParam } from '@/lib/pagination';

export const dynamicParams = false;

// Page 1 lives at /news; this route serves pages 2…N and nothing else.
export function generateStaticParams() {
  return routing.locales.flatMap((locale) =>
    Array.from({ length: getNewsPageCount(locale) - 1 }, (_, i) => ({ locale, page: String(i + 2) })),
  );
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/page/[page]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  return newsListMetadata(locale, parsePageParam((await params).page) ?? 1);
}

export default async function NewsPagedPage({ params }: PageProps<'/[locale]/news/page/[page]'>) {
  const locale = await resolvePageLocale(params);
  const page = parsePageParam((await params).page);
  const slice = page !== null && page > 1 ? getNewsPage(locale, page) : null;
  if (!slice) notFound();
  return <NewsListPage {...slice} />;
}
