import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content-schema';
import { FormattedDate } from './FormattedDate';

export function ArticleCard({ article, headingLevel = 'h2' }: { article: Article; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="border-b border-line py-6 first:pt-0 last:border-b-0">
      <p className="text-sm text-muted">
        <FormattedDate iso={article.date} locale={article.locale} />
      </p>
      <Heading className="mt-1 text-xl font-semibold leading-snug">
        <Link href={`/news/${article.slug}`} className="text-ink hover:text-brand">
          {article.title}
        </Link>
      </Heading>
      <p className="mt-2 text-muted">{article.summary}</p>
    </article>
  );
}
