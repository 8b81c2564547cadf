import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/kk/page-not-found', '/ru/page-not-found'] },
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
