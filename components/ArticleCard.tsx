import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Article } from '@/lib/content/schema';
import { FormattedDate } from './FormattedDate';
import { Picture } from './Photo';

export function ArticleCard({ article, headingLevel = 'h2' }: { article: Article; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  const t = useTranslations('Article');
  const borrowed = article.textLocale !== article.locale;
  const photo = article.image?.photo;
  return (
    <article className="flex items-start gap-4 border-b border-line py-6 first:pt-0 last:border-b-0">
      <div className="min-w-0 flex-1">
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
      </div>
      {/* The headline beside it says what the article is: the thumbnail adds nothing to read. */}
      {photo && (
        <Picture
          photo={photo}
          alt=""
          placement="thumbnail"
          className="aspect-[4/3] w-24 shrink-0 rounded object-cover sm:w-32"
        />
      )}
    </article>
  );
}
