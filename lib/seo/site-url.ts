import { getPathname } from '@/i18n/navigation';
import { type Locale, routing } from '@/i18n/routing';
import { env, localPort } from '@/lib/env';

/**
 * The site's public origin, from SITE_URL (e.g. https://koalitsiya-qyzylorda.kz). Every URL in
 * metadata, sitemaps, feeds and calendars is built from it, so they are absolute and agree.
 */
export function siteUrl(): URL {
  const raw = env().SITE_URL ?? `http://localhost:${localPort()}`;
  const url = new URL(raw);
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url;
}

export function absoluteUrl(path: string): string {
  const base = siteUrl();
  const prefix = base.pathname === '/' ? '' : base.pathname;
  return new URL(`${prefix}${path}`, base.origin).toString();
}

/** The absolute URL of a page in one language; `href` is the path without the locale ("/news/x"). */
export function pageUrl(locale: Locale, href: string): string {
  return absoluteUrl(getPathname({ locale, href }));
}

/**
 * The page in each language it exists in, and x-default: the Kazakh page where there is one (the
 * root for the home page, which negotiates the language), otherwise the first language.
 */
export function alternateUrls(href: string, locales: readonly Locale[] = routing.locales): Record<string, string> {
  const languages: Record<string, string> = Object.fromEntries(locales.map((l) => [l, pageUrl(l, href)]));
  const fallback = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  if (fallback) languages['x-default'] = href === '/' ? absoluteUrl('/') : pageUrl(fallback, href);
  return languages;
}
