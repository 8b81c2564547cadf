import type { MetadataRoute } from 'next';
import { localePath, routing } from '@/i18n/routing';
import { notFoundPagePath } from '@/lib/http/not-found';
import { absoluteUrl } from '@/lib/seo/site-url';
import { path } from '@/lib/site/routes';

/**
 * Disallow lines only (everything else is allowed by default): parsers that take the first matching
 * line and parsers that take the longest read it alike, which an "Allow: /" before them would not.
 * Search results are endless and noindex; the 404 pages are what unknown addresses show; the inbox is
 * the press office's, behind its sign-in.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      disallow: routing.locales.flatMap((locale) => [
        localePath(locale, path('/search')),
        notFoundPagePath(locale),
        localePath(locale, path('/inbox')),
      ]),
    },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
