import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { notFoundPagePath } from '@/lib/http/not-found';
import { absoluteUrl } from '@/lib/seo/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: routing.locales.map(notFoundPagePath) },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
