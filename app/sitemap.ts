import type { MetadataRoute } from 'next';
import { getSiteContent } from '@/lib/content/queries';
import { sitemapPages } from '@/lib/site/addresses';
import { alternateUrls, pageUrl } from '@/lib/seo/site-url';

/**
 * Every page of both languages, each with its translations as xhtml:link alternates (pages that
 * borrow a pending translation are left out: they point search engines to the original).
 */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapPages(getSiteContent()).flatMap((page) => {
    const languages = alternateUrls(page.href, page.locales);
    return page.locales.map((locale) => ({
      url: pageUrl(locale, page.href),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }));
  });
}
