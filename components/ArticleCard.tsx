import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content/schema';
import { FormattedDate } from './FormattedDate';

export function ArticleCard({ article, headingLevel = 'h2' }: { article: Article; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const t = useTranslations('Article');
  const borrowed = article.textLocale !== article.locale;
  return (
    <article className="border-b border-line py-6 first:pt-0 last:border-b-0">
      <p className="text-sm text-muted">
        <FormattedDate iso={article.date} locale={article.locale} />
        {borrowed && <span className="ms-2 rounded border border-line px-1.5 py-0.5">{t('otherLanguageBadge')}</span>}
      </p>
      <Heading lang={borrowed ? article.textLocale : undefined} className="mt-1 text-xl font-semibold leading-snug">
        <Link href={`/news/${article.slug}`} className="text-ink hover:text-brand">
          {article.title}
        </Link>
      </Heading>
      <p lang={borrowed ? article.textLocale : undefined} className="mt-2 text-muted">
        {article.summary}
      </p>
    </article>
  );
}
