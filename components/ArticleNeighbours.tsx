import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getArticleNeighbours } from '@/lib/content/queries';
import { path } from '@/lib/site/routes';

/** The article published before this one and the one after: a way on that does not go back to the list. */
export function ArticleNeighbours({ locale, slug }: { locale: Locale; slug: string }) {
  const t = useTranslations('Article');
  const { newer, older } = getArticleNeighbours(locale, slug);
  if (!newer && !older) return null;
  const item = (article: typeof newer, label: string, rel: 'prev' | 'next', align: string) =>
    article && (
      <li className={align}>
        <span className="block text-sm text-muted">{label}</span>
        <Link href={path('/news/[slug]', { slug: article.slug })} rel={rel} className="font-semibold">
          {article.title}
        </Link>
      </li>
    );
  return (
    <nav aria-label={t('neighbours')} className="no-print mt-10 border-t border-line pt-6">
      <ul className="grid gap-6 sm:grid-cols-2">
        {item(older, t('older'), 'prev', '')}
        {item(newer, t('newer'), 'next', 'sm:col-start-2 sm:text-end')}
      </ul>
    </nav>
  );
}
