import type { Article } from '@/lib/content/schema';
import { shareCrop, shareUrl } from '@/lib/photos/variants';
import { absoluteUrl, pageUrl } from './site-url';

export type ShareImage = { url: string; width: number; height: number; alt: string; type: string };

/**
 * The image an article is shared with: a 1200×630 crop of its lead photo where it has one, the card
 * drawn from its title (app/[locale]/news/[slug]/share.png) where it has not.
 */
export function articleShareImage(article: Article, cardAlt: string): ShareImage {
  const photo = article.image?.photo;
  if (photo && article.image) {
    return { url: absoluteUrl(shareUrl(photo.hash)), ...shareCrop, alt: article.image.alt, type: 'image/jpeg' };
  }
  return {
    url: `${pageUrl(article.locale, `/news/${article.slug}`)}/share.png`,
    width: 1200,
    height: 630,
    alt: cardAlt,
    type: 'image/png',
  };
}
