import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { type Locale, routing } from '@/i18n/routing';
import { type PageRoute, path, type Route, type RouteParams } from '@/lib/site/routes';
import { type ShareImage, shareCard } from './share-cards';
import { alternateUrls, pageUrl } from './site-url';

export const ogLocale: Record<Locale, string> = { kk: 'kk_KZ', ru: 'ru_RU' };

export type PageMetaInput<R extends PageRoute> = {
  locale: Locale;
  /** The page's route and parameters (lib/site/routes.ts): its address and its share card follow. */
  route: R;
  params: RouteParams<R>;
  title: string;
  description: string;
  /** Languages the page exists in; hreflang lists only these, so it stays truthful. */
  locales?: readonly Locale[];
  type?: 'website' | 'article';
  publishedTime?: string;
  modifiedTime?: string;
  siteName: string;
  /** The share image, where the page has another than its card (an article's lead photo). */
  image?: ShareImage;
};

/** canonical, hreflang (kk, ru, x-default), Open Graph and Twitter tags, with its share image, for one page. */
export async function pageMetadata<R extends PageRoute>(input: PageMetaInput<R>): Promise<Metadata> {
  const locales = input.locales ?? routing.locales;
  const href = (path as (r: Route, p: unknown) => string)(input.route, input.params);
  const url = pageUrl(input.locale, href);
  const image = input.image ?? (await shareCard(input.locale, input.route, input.params, input.title));
  const common = { title: input.title, description: input.description, url };
  return {
    title: input.title,
    description: input.description,
    alternates: {
      canonical: url,
      languages: alternateUrls(href, locales),
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
      images: [image],
    },
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description: input.description,
      images: [{ url: image.url, alt: image.alt }],
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
export async function sectionMetadata<R extends PageRoute>(
  input: Omit<PageMetaInput<R>, 'siteName'>,
): Promise<Metadata> {
  const site = await getTranslations({ locale: input.locale, namespace: 'Site' });
  const shortName = site('shortName');
  // The card names the page by its own title.
  const image = input.image ?? (await shareCard(input.locale, input.route, input.params, input.title));
  return pageMetadata({ ...input, title: titleWithSite(input.title, shortName), image, siteName: shortName });
}
