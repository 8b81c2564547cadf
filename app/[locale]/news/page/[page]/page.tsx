import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { NewsListPage } from '@/components/NewsListPage';
import { getNewsPageCount } from '@/lib/content/queries';
import { parsePageParam } from '@/lib/content/pagination';
import { loadNewsPage, newsListMetadata } from '../../list';

type Props = PageProps<'/[locale]/news/page/[page]'>;

// Page 1 lives at /news; this route serves pages 2…N and nothing else.
export async function generateStaticParams() {
  return Array.from({ length: getNewsPageCount(await getLocale()) - 1 }, (_, i) => ({ page: String(i + 2) }));
}

async function pageNumber({ params }: Props) {
  const page = parsePageParam((await params).page);
  return page !== null && page > 1 ? page : null;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return newsListMetadata((await loadNewsPage(await pageNumber(props))).page);
}

export default async function NewsPagedPage(props: Props) {
  return <NewsListPage {...await loadNewsPage(await pageNumber(props))} />;
}
