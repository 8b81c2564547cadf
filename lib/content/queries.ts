import 'server-only';
import { type Locale, routing } from '@/i18n/routing';
import {
  EVENTS_PAGE_SIZE,
  type EventFilter,
  filterChoices,
  inScheduleOrder,
  isComing,
  matches,
  progressOf,
} from '@/lib/events/schedule';
import { siteToday } from '@/lib/format/dates';
import { photoLookup } from '@/lib/photos/manifest';
import { articlesByLocale } from './article-index';
import { loadGeneratedContent } from './generated';
import { pageCount, paginate } from './pagination';
import { ContentValidationError } from './problems';
import type { Article, CoalitionEvent, District, Party, Person } from './schema';
import { buildSiteContent, type SiteContent } from './validate';

/*
 * The one reader of the site's content for pages, feeds and data: validated once per process, so
 * that a bad file fails the build with its path and field.
 */

const globalCache = globalThis as { lastGoodContent?: SiteContent };

function load(): SiteContent {
  const raw = loadGeneratedContent();
  try {
    const content = buildSiteContent(raw, {
      includeDrafts: process.env.SHOW_DRAFTS === '1',
      photos: photoLookup(),
    });
    globalCache.lastGoodContent = content;
    return content;
  } catch (error) {
    // While editing (next dev), a broken file is reported in the terminal and the pages keep the
    // last good content. A build has no last good content: it stops with the same message.
    if (
      process.env.NODE_ENV === 'development' &&
      error instanceof ContentValidationError &&
      globalCache.lastGoodContent
    ) {
      console.error(`\n${error.message}\nShowing the last good content until this is fixed.\n`);
      return globalCache.lastGoodContent;
    }
    throw error;
  }
}

const content = load();

export function getSiteContent(): SiteContent {
  return content;
}

const byLocale = articlesByLocale(content.articles);
const byKey = new Map<string, Article>([...byLocale.values()].flat().map((a) => [`${a.locale}/${a.slug}`, a]));

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

/** Locales in which the article is written (not borrowed), for hreflang: it stays truthful. */
export function getArticleLocales(slug: string): Locale[] {
  return routing.locales.filter((locale) => getArticle(locale, slug)?.textLocale === locale);
}

export const getParties = (): readonly Party[] => content.parties;
export const getParty = (id: string): Party | undefined => content.parties.find((p) => p.id === id);
export const getPeople = (): readonly Person[] => content.people;
export const getPerson = (id: string): Person | undefined => content.people.find((p) => p.id === id);
export const getPartyMembers = (partyId: string): Person[] => content.people.filter((p) => p.party === partyId);
export const getFigures = () => content.figures;
export const getCoalition = () => content.coalition;
export const getDistricts = (): readonly District[] => content.districts;
export const getDistrict = (id: string): District | undefined => content.districts.find((d) => d.id === id);
export const getEvents = (): readonly CoalitionEvent[] => content.events;
const eventById = new Map(content.events.map((e) => [e.id, e]));
export const getEvent = (id: string): CoalitionEvent | undefined => eventById.get(id);

// The events in the order residents read them, as of the build's day.
const schedule = inScheduleOrder(content.events, siteToday());

/** The events a list page shows (all, or one filter's), in schedule order; `null` past the last page. */
export function getEventsPage(filter: EventFilter | undefined, page: number) {
  return paginate(filter ? schedule.filter((e) => matches(e, filter)) : schedule, page, EVENTS_PAGE_SIZE);
}

export function getEventsPageCount(filter: EventFilter | undefined): number {
  return pageCount(filter ? schedule.filter((e) => matches(e, filter)).length : schedule.length, EVENTS_PAGE_SIZE);
}

export const getEventChoices = () => filterChoices(content.events, content.districts);
export const getEventProgress = () => progressOf(content.events, content.districts);
export const isEventComing = (event: CoalitionEvent) => isComing(event, siteToday());

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
