import { useTranslations } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import type { Article } from '@/lib/content/kinds';
import { formatLongDate, isoDateInZone } from '@/lib/format/dates';
import { path } from '@/lib/site/routes';
import { Hast } from './Hast';
import { picture } from './picture/markup';
import { teaser, timeElement } from './teaser/markup';

/** An article in a list (components/teaser/markup.tsx). */
export function ArticleCard({ article, headingLevel = 'h2' }: { article: Article; headingLevel?: 'h2' | 'h3' }) {
  const t = useTranslations('Article');
  const borrowed = article.textLocale !== article.locale;
  const photo = article.image?.photo;
  const tree = teaser({
    href: getPathname({ href: path('/news/[slug]', { slug: article.slug }), locale: article.locale }),
    title: [article.title],
    headingLevel,
    meta: [timeElement(isoDateInZone(article.date), formatLongDate(article.date, article.locale))],
    badge: borrowed ? { text: t('otherLanguageBadge') } : undefined,
    text: [article.summary],
    lang: borrowed ? article.textLocale : undefined,
    thumbnail: photo
      ? picture({
          photo,
          alt: '',
          placement: 'thumbnail',
          className: 'aspect-[4/3] w-24 shrink-0 rounded object-cover sm:w-32',
        })
      : undefined,
  });
  return <Hast tree={tree} />;
}
