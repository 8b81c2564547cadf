import type { Metadata } from 'next';
import { NewsListPage } from '@/components/NewsListPage';
import { loadNewsPage, newsListMetadata } from './list';

export function generateMetadata(): Promise<Metadata> {
  return newsListMetadata(1);
}

export default async function NewsIndexPage() {
  return <NewsListPage {...await loadNewsPage(1)} />;
}
