import { useTranslations } from 'next-intl';
import type { PageSlice } from '@/lib/content/pagination';
import { newsListPath } from '@/lib/site/lists';
import type { Article } from '@/lib/content/kinds';
import { Link } from '@/i18n/navigation';
import { ArticleCard } from './ArticleCard';
import { Breadcrumbs } from './Breadcrumbs';
import { Page } from './Page';
import { Pagination } from './Pagination';
import { path } from '@/lib/site/routes';

export function NewsListPage({ items, page, totalPages, totalItems }: PageSlice<Article>) {
  const t = useTranslations('News');
  const tNav = useTranslations('Nav');
  const title = page === 1 ? t('title') : t('titlePaged', { page });
  const href = newsListPath(page);
  return (
    <Page href={href}>
      <Breadcrumbs items={[{ href: path('/'), label: tNav('home') }]} current={{ href, label: title }} />
      <h1 className="mt-4 text-3xl font-bold">{title}</h1>
      <p className="mt-2 text-muted">
        {t('count', { count: totalItems })} · <Link href={path('/news/archive')}>{t('archiveLink')}</Link>
      </p>
      {items.length === 0 ? (
        <p className="mt-8">{t('empty')}</p>
      ) : (
        <div className="mt-8">
          {items.map((article) => (
            <ArticleCard key={article.slug} article={article} />
          ))}
        </div>
      )}
      <Pagination page={page} totalPages={totalPages} hrefOf={newsListPath} label={t('pagination')} />
    </Page>
  );
}
