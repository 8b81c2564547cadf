import 'server-only';
import { allEvents, allFigures, allNews, allParties, allPeople, coalition } from 'contentlayer/generated';
import { type Locale, routing } from '@/i18n/routing';
import { buildSiteContent } from './content-checks';
import type { Article, CoalitionEvent, Party, Person } from './content-schema';
import { pageCount, paginate } from './pagination';

export type { Article, Coalition, CoalitionEvent, Figure, Localized, Party, Person } from './content-schema';

// Validated once per process: a bad file fails the build with its path and field.
const content = buildSiteContent({
  news: allNews,
  parties: allParties,
  people: allPeople,
  figures: allFigures,
  events: allEvents,
  coalition,
});

const byLocale = new Map<Locale, Article[]>(
  routing.locales.map((locale) => [locale, content.articles.filter((a) => a.locale === locale)]),
);
const byKey = new Map<string, Article>(content.articles.map((a) => [`${a.locale}/${a.slug}`, a]));

export function getArticles(locale: Locale): readonly Article[] {
  return byLocale.get(locale) ?? [];
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return byKey.get(`${locale}/${slug}`);
}

export function getNewsPage(locale: Locale, page: number) {
  return paginate(getArticles(locale), page);
}

export function getNewsPageCount(locale: Locale): number {
  return pageCount(getArticles(locale).length);
}

/** Locales in which the article with this slug exists, for hreflang and the language switcher. */
export function getArticleLocales(slug: string): Locale[] {
  return routing.locales.filter((locale) => getArticle(locale, slug) !== undefined);
}

export const getParties = (): readonly Party[] => content.parties;
export const getParty = (id: string): Party | undefined => content.parties.find((p) => p.id === id);
export const getPeople = (): readonly Person[] => content.people;
export const getPerson = (id: string): Person | undefined => content.people.find((p) => p.id === id);
export const getPartyMembers = (partyId: string): Person[] => content.people.filter((p) => p.party === partyId);
export const getFigures = () => content.figures;
export const getCoalition = () => content.coalition;
export const getEvents = (): readonly CoalitionEvent[] => content.events;
export const getEvent = (id: string): CoalitionEvent | undefined => content.events.find((e) => e.id === id);

/** Articles whose frontmatter names this person, newest first. */
export function getArticlesAboutPerson(locale: Locale, personId: string): Article[] {
  return getArticles(locale).filter((a) => a.people.includes(personId));
}

/** Articles whose frontmatter names this party, newest first. */
export function getArticlesAboutParty(locale: Locale, partyId: string): Article[] {
  return getArticles(locale).filter((a) => a.parties.includes(partyId));
}

/** The figure for the size of the plan (695 events), which the events page measures progress against. */
export function getPlannedEventsFigure() {
  return content.figures.find((f) => f.id === 'planned-events');
}
