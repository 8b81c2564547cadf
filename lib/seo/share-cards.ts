import type { Locale } from '@/i18n/routing';
import type { Article } from '@/lib/content/kinds';
import { shareCrop, shareUrl } from '@/lib/photos/variants';
import { absoluteUrl, pageUrl } from './site-url';
import { path } from '@/lib/site/routes';

export type ShareImage = { url: string; width: number; height: number; alt: string; type: string };

/**
 * The card drawn from a page's title on first request (a `share.png` route beside the page): for pages
 * there can be hundreds of, drawing them all would take most of the build, and most are never shared.
 */
export function drawnCard(locale: Locale, href: string, alt: string): ShareImage {
  return { url: `${pageUrl(locale, href)}/share.png`, width: 1200, height: 630, alt, type: 'image/png' };
}

/** The image an article is shared with: a 1200×630 crop of its lead photo, or its drawn card. */
export function articleShareImage(article: Article, cardAlt: string): ShareImage {
  const photo = article.image?.photo;
  if (photo && article.image) {
    return { url: absoluteUrl(shareUrl(photo.hash)), ...shareCrop, alt: article.image.alt, type: 'image/jpeg' };
  }
  return drawnCard(article.locale, path('/news/[slug]', { slug: article.slug }), cardAlt);
}
