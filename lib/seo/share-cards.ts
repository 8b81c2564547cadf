import { getTranslations } from 'next-intl/server';
import { hasLocale } from 'next-intl';
import { type Locale, routing } from '@/i18n/routing';
import type { Article } from '@/lib/content/kinds';
import { getArticle, getEvent, getParties, getParty, getPeople, getPerson, getReports } from '@/lib/content/queries';
import { atStart } from '@/lib/format/capitalize';
import { formatEventWhen, formatLongDate, formatPeriod } from '@/lib/format/dates';
import { shareCrop, shareUrl } from '@/lib/photos/variants';
import { type PageRoute, path, type Route, type RouteParams } from '@/lib/site/routes';
import { shareImage, type ShareImageText } from './share-image';
import { absoluteUrl, pageUrl } from './site-url';

/*
 * What each page is shared with (og:image, twitter:image): its own card, drawn from its title, or its
 * section's; an article with a lead photo, a crop of the photo. Each card is a `share.png` route
 * beside its page, prerendered where there are few (sections, people, parties) and drawn on the first
 * request then kept where there may be thousands (articles, events), most never shared. A query string
 * changes nothing (nginx keeps them by address alone).
 */

export type ShareImage = { url: string; width: number; height: number; alt: string; type: string };

type CardRoute = Extract<Route, `${string}share.png`>;
type Card<R extends CardRoute> = {
  /** What the card says, or undefined where the entry does not exist. */
  text: (locale: Locale, params: RouteParams<R>) => Promise<ShareImageText | undefined>;
  /** The entries whose cards the build draws; undefined: drawn on first request. */
  prerender?: () => RouteParams<R>[];
};

type Section = 'News' | 'Coalition' | 'People' | 'Parties' | 'Events' | 'Reports';
const section =
  (namespace: Section): Card<CardRoute>['text'] =>
  async (locale) => {
    const t = await getTranslations({ locale, namespace });
    return { title: t('title'), subtitle: t('description') };
  };

const cards: { [R in CardRoute]: Card<R> } = {
  '/share.png': {
    text: async (locale) => {
      const t = await getTranslations({ locale, namespace: 'Site' });
      return { title: t('name'), subtitle: t('founded') };
    },
    prerender: () => [{}],
  },
  '/news/share.png': { text: section('News'), prerender: () => [{}] },
  '/coalition/share.png': { text: section('Coalition'), prerender: () => [{}] },
  '/people/share.png': { text: section('People'), prerender: () => [{}] },
  '/parties/share.png': { text: section('Parties'), prerender: () => [{}] },
  '/events/share.png': { text: section('Events'), prerender: () => [{}] },
  '/reports/share.png': { text: section('Reports'), prerender: () => [{}] },
  '/people/[id]/share.png': {
    text: async (locale, { id }) => {
      const person = getPerson(id);
      return person && { title: person.name[locale], subtitle: (person.coalitionRole ?? person.roles[0])?.[locale] };
    },
    prerender: () => getPeople().map(({ id }) => ({ id })),
  },
  '/parties/[id]/share.png': {
    text: async (locale, { id }) => {
      const party = getParty(id);
      const t = await getTranslations({ locale, namespace: 'Nav' });
      return party && { kicker: t('parties'), title: atStart(party.name[locale], locale) };
    },
    prerender: () => getParties().map(({ id }) => ({ id })),
  },
  '/news/[slug]/share.png': {
    text: async (locale, { slug }) => {
      const article = getArticle(locale, slug);
      return article && { kicker: formatLongDate(article.date, article.locale), title: article.title };
    },
  },
  '/events/[id]/share.png': {
    text: async (locale, { id }) => {
      const event = getEvent(id);
      return (
        event && {
          kicker: `${formatEventWhen(event.start, event.end, locale)} · ${event.venue[locale]}`,
          title: event.title[locale],
        }
      );
    },
  },
  '/reports/[id]/share.png': {
    text: async (locale, { id }) => {
      const report = getReports().find((r) => r.id === id);
      const t = await getTranslations({ locale, namespace: 'Reports' });
      return (
        report && {
          kicker: formatPeriod(report.from, report.to, locale),
          title: report.title[locale],
          subtitle: t('received', { count: report.figures.received }),
        }
      );
    },
    prerender: () => getReports().map(({ id }) => ({ id })),
  },
};

/** The card of each page: its own, or its section's. A new page route must say which. */
const cardOf: { [R in PageRoute]: CardRoute } = {
  '/': '/share.png',
  '/news': '/news/share.png',
  '/news/page/[page]': '/news/share.png',
  '/news/archive': '/news/share.png',
  '/news/archive/[month]': '/news/share.png',
  '/news/[slug]': '/news/[slug]/share.png',
  '/coalition': '/coalition/share.png',
  '/people': '/people/share.png',
  '/people/[id]': '/people/[id]/share.png',
  '/parties': '/parties/share.png',
  '/parties/[id]': '/parties/[id]/share.png',
  '/events': '/events/share.png',
  '/events/page/[page]': '/events/share.png',
  '/events/[id]': '/events/[id]/share.png',
  '/events/district/[district]/[[...page]]': '/events/share.png',
  '/events/format/[format]/[[...page]]': '/events/share.png',
  '/events/month/[month]/[[...page]]': '/events/share.png',
  '/search': '/share.png',
  '/search/template': '/share.png',
  '/page-not-found': '/share.png',
  '/events/[id]/ask': '/events/[id]/share.png',
  '/feedback': '/share.png',
  '/feedback/new': '/share.png',
  '/feedback/sent/template': '/share.png',
  '/feedback/forgotten/template': '/share.png',
  '/feedback/status': '/share.png',
  '/reports': '/reports/share.png',
  '/reports/[id]': '/reports/[id]/share.png',
  '/contact': '/share.png',
  '/topics': '/share.png',
  '/topics/[id]/[[...page]]': '/share.png',
  '/questions': '/share.png',
  '/questions/[id]': '/share.png',
  '/inbox': '/share.png',
  '/inbox/sign-in': '/share.png',
  '/inbox/auth': '/share.png',
  '/inbox/auth/callback': '/share.png',
  '/inbox/audit': '/share.png',
  '/inbox/report': '/share.png',
  '/inbox/[reference]': '/share.png',
};

/** The image a page is shared with, and its description (og:image:alt) in the page's language. */
export async function shareCard<R extends PageRoute>(
  locale: Locale,
  route: R,
  params: RouteParams<R>,
  title: string,
): Promise<ShareImage> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const card = cardOf[route];
  const href = (path as (r: Route, p: unknown) => string)(card, params);
  return { url: pageUrl(locale, href), ...shareCrop, alt: t('cardAlt', { title }), type: 'image/png' };
}

/** The image an article is shared with: a 1200×630 crop of its lead photo, or its drawn card. */
export async function articleShareImage(article: Article): Promise<ShareImage> {
  const photo = article.image?.photo;
  if (photo && article.image) {
    return { url: absoluteUrl(shareUrl(photo.hash)), ...shareCrop, alt: article.image.alt, type: 'image/jpeg' };
  }
  return shareCard(article.locale, '/news/[slug]', { slug: article.slug }, article.title);
}

/**
 * A card's route handler (app/[locale]/…/share.png/route.ts): its static params and its GET. The route
 * file also says `export const dynamic = 'force-static'` (Next reads it from the file).
 */
export function shareRoute<R extends CardRoute>(route: R) {
  const card = cards[route] as Card<R>;
  return {
    generateStaticParams: () =>
      routing.locales.flatMap((locale) => (card.prerender?.() ?? []).map((p) => ({ ...(p as object), locale }))),
    GET: async (_request: Request, { params }: { params: Promise<Record<string, string>> }) => {
      const { locale, ...rest } = await params;
      const text = hasLocale(routing.locales, locale) ? await card.text(locale, rest as RouteParams<R>) : undefined;
      if (!text || !locale) return new Response('Not found', { status: 404 });
      return shareImage(locale as Locale, text);
    },
  };
}
