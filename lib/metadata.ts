import type { Metadata } from 'next';
import { type Locale, routing } from '@/i18n/routing';
import { localizedPath } from './site-pages';
import { absoluteUrl, siteUrl } from './site-url';

export const ogLocale: Record<Locale, string> = { kk: 'kk_KZ', ru: 'ru_RU' };

export type PageMetaInput = {
  locale: Locale;
  /** Path without the locale prefix, e.g. "/news/slug". */
  href: string;
  title: string;
  description: string;
  /** Languages the page exists in; hreflang lists only these, so it stays truthful. */
  locales?: readonly Locale[];
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
  siteName: string;
};

/** canonical, hreflang (kk, ru, x-default), Open Graph and Twitter tags for one page. */
export function pageMetadata(input: PageMetaInput): Metadata {
  const locales = input.locales ?? routing.locales;
  const url = absoluteUrl(localizedPath(input.locale, input.href));
  const languages: Record<string, string> = {};
  for (const l of locales) languages[l] = absoluteUrl(localizedPath(l, input.href));
  const xDefaultLocale = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0];
  if (xDefaultLocale) {
    languages['x-default'] =
      input.href === '/' ? absoluteUrl('/') : absoluteUrl(localizedPath(xDefaultLocale, input.href));
  }
  const common = { title: input.title, description: input.description, url };
  return {
    metadataBase: siteUrl(),
    title: input.title,
    description: input.description,
    alternates: {
      canonical: url,
      languages,
      types: { 'application/rss+xml': [{ url: absoluteUrl(`/${input.locale}/feed.xml`), title: input.siteName }] },
    },
    openGraph: {
      ...common,
      siteName: input.siteName,
      locale: ogLocale[input.locale],
      alternateLocale: locales.filter((l) => l !== input.locale).map((l) => ogLocale[l]),
      ...(input.type === 'article'
        ? { type: 'article', publishedTime: input.publishedTime, modifiedTime: input.modifiedTime }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description },
  };
}
