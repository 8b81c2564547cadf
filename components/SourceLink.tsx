import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { SourceRef } from '@/lib/content/kinds';
import { paragraphAnchor } from '@/lib/content/source-text';

/** A link to the exact paragraph of the article that states a fact. */
export function SourceLink({ source, articleTitle }: { source: SourceRef; articleTitle?: string }) {
  const t = useTranslations('Figures');
  const href = `/news/${source.article}#${paragraphAnchor(source.paragraph)}`;
  return (
    <Link href={href} className="text-sm" data-source-link={href}>
      {articleTitle
        ? t('source', { article: articleTitle, paragraph: source.paragraph })
        : t('sourceShort', { paragraph: source.paragraph })}
    </Link>
  );
}
