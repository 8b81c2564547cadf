import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import { Hast } from './Hast';
import { pagination } from './pagination/markup';

/** Previous and next page of a list; `hrefOf` gives a page's address (without the language), `label` names the list's pages. */
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
  const locale = useLocale();
  const tree = pagination({
    page,
    totalPages,
    label,
    hrefOf: (n) => getPathname({ href: hrefOf(n), locale }),
    words: { previous: t('previous'), next: t('next'), pageOf: t('pageOf', { page, total: totalPages }) },
  });
  return tree ? <Hast tree={tree} /> : null;
}
