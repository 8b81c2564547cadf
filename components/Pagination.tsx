import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export function newsPageHref(page: number): string {
  return page === 1 ? '/news' : `/news/page/${page}`;
}

export function Pagination({ page, totalPages }: { page: number; totalPages: number }) {
  const t = useTranslations('News');
  if (totalPages <= 1) return null;
  const linkClass =
    'inline-flex min-h-11 items-center rounded border border-line px-4 font-semibold no-underline hover:border-brand';
  return (
    <nav aria-label={t('pagination')} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={newsPageHref(page - 1)} rel="prev" className={linkClass}>
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page" className="text-muted">
        {t('pageOf', { page, total: totalPages })}
      </p>
      {page < totalPages ? (
        <Link href={newsPageHref(page + 1)} rel="next" className={linkClass}>
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
