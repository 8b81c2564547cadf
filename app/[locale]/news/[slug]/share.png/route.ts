import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { getArticle } from '@/lib/content/queries';
import { formatLongDate } from '@/lib/format/dates';
import { shareImage } from '@/lib/seo/share-image';

// Drawn on first request and then kept: thousands of articles would otherwise spend most of the build
// drawing cards, most of which nobody shares. Articles with a lead photo are shared with the photo.
export const dynamic = 'force-static';
export function generateStaticParams() {
  return [];
}

/** The card an article without a lead photo is shared with (lib/seo/share-cards.ts). */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/news/[slug]/share.png'>) {
  const { locale, slug } = await params;
  const article = hasLocale(routing.locales, locale) ? getArticle(locale, slug) : undefined;
  if (!article) return new Response('Not found', { status: 404 });
  return shareImage(article.locale, { kicker: formatLongDate(article.date, article.locale), title: article.title });
}
