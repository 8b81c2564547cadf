import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { getSiteContent } from '@/lib/content';
import { localizedPath, sitePagesOf } from '@/lib/site-pages';
import { absoluteUrl } from '@/lib/site-url';

/** Every page of both languages, each with its translations as xhtml:link alternates (pages that
 * borrow a pending translation are left out: they point search engines to the original). */
export default function sitemap(): MetadataRoute.Sitemap {
  return sitePagesOf(getSiteContent()).flatMap((page) => {
    const languages: Record<string, string> = Object.fromEntries(
      page.locales.map((locale) => [locale, absoluteUrl(localizedPath(locale, page.href))]),
    );
    if (page.locales.includes(routing.defaultLocale)) {
      languages['x-default'] =
        page.href === '/' ? absoluteUrl('/') : absoluteUrl(localizedPath(routing.defaultLocale, page.href));
    }
    return page.locales.map((locale) => ({
      url: absoluteUrl(localizedPath(locale, page.href)),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      alternates: { languages },
    }));
  });
}
