import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

/** Previous and next page of a list; `hrefOf` gives a page's address, `label` names the list's pages. */
export function Pagination({
  page,
  totalPages,
  hrefOf,
  label,
}: {
  page: number;
  totalPages: number;
  hrefOf: (page: number) => string;
  label: string;
}) {
  const t = useTranslations('Pagination');
  if (totalPages <= 1) return null;
  const linkClass =
    'inline-flex min-h-11 items-center rounded border border-line px-4 font-semibold no-underline hover:border-brand';
  return (
    <nav aria-label={label} className="mt-10 flex flex-wrap items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={hrefOf(page - 1)} rel="prev" className={linkClass}>
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <p aria-current="page" className="text-muted">
        {t('pageOf', { page, total: totalPages })}
      </p>
      {page < totalPages ? (
        <Link href={hrefOf(page + 1)} rel="next" className={linkClass}>
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
