import { getArticle } from '@/lib/content/queries';
import { formatLongDate } from '@/lib/format/dates';
import { imageLocale, shareImage } from '@/lib/seo/share-image';

export { shareImageAlt as alt, shareImageSize as size, shareImageType as contentType } from '@/lib/seo/share-image';
// Drawn on first request and then served from the cache: thousands of articles would otherwise
// spend most of the build drawing images.
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const locale = await imageLocale(params);
  const article = getArticle(locale, (await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  return shareImage(locale, { kicker: formatLongDate(article.date, locale), title: article.title });
}
