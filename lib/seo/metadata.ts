import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { type Locale, routing } from '@/i18n/routing';
import type { ShareImage } from './share-cards';
import { alternateUrls, pageUrl } from './site-url';
import { path } from '@/lib/site/routes';

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
  /** The share image, where the page has its own rather than the one its route draws. */
  image?: ShareImage;
};

/** canonical, hreflang (kk, ru, x-default), Open Graph and Twitter tags for one page. */
export function pageMetadata(input: PageMetaInput): Metadata {
  const locales = input.locales ?? routing.locales;
  const url = pageUrl(input.locale, input.href);
  const common = { title: input.title, description: input.description, url };
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: url,
      languages: alternateUrls(input.href, locales),
      types: {
        'application/rss+xml': [{ url: pageUrl(input.locale, path('/feed.xml')), title: input.siteName }],
      },
    },
    openGraph: {
      ...common,
      siteName: input.siteName,
      locale: ogLocale[input.locale],
      alternateLocale: locales.filter((l) => l !== input.locale).map((l) => ogLocale[l]),
      ...(input.type === 'article'
        ? { type: 'article', publishedTime: input.publishedTime, modifiedTime: input.modifiedTime }
        : { type: 'website' }),
      ...(input.image ? { images: [input.image] } : {}),
    },
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description: input.description,
      ...(input.image ? { images: [{ url: input.image.url, alt: input.image.alt }] } : {}),
    },
  };
}

/** Search results show about 70 characters of a title; longer ones are cut. */
export const TITLE_LENGTH = 70;

/** A page's title followed by the site's short name, where both fit; otherwise the page's own. */
export function titleWithSite(title: string, shortName: string): string {
  const full = `${title} — ${shortName}`;
  return [...full].length <= TITLE_LENGTH ? full : title;
}

/** Metadata of an inner page: its own title followed by the site's short name. */
export async function sectionMetadata(
  locale: Locale,
  href: string,
  title: string,
  description: string,
  image?: ShareImage,
): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    href,
    title: titleWithSite(title, site('shortName')),
    description,
    image,
    siteName: site('shortName'),
  });
}
