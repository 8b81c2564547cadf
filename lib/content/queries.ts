import 'server-only';
import { existsSync } from 'node:fs';
import { notFound } from 'next/navigation';
import { join } from 'node:path';
import type * as Generated from 'contentlayer/generated';
import { type Locale, routing } from '@/i18n/routing';
import { contentDir, distDir, env } from '@/lib/env';
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
import { articleMonth, articleMonths } from '@/lib/content/kinds/news';
import { pagesManifestFile, photoLookup } from '@/lib/photos/manifest';
import { builtContentDir } from '@/lib/build-output';
import { CONTENTLAYER_OUTPUT, fromModules, readCompiled } from './documents';
import type { Article, CoalitionEvent, Contact, District, Party, Person, Question, Recipient, Report, SiteContent, Topic } from './kinds';
import { articlesByLocale } from './kinds/news';
import { pageCount, paginate } from './pagination';
import { topicItems } from './topic-items';
import type { RawCollections } from './validate';
import { buildSiteContent } from './validate';

/*
 * The one loader of the site's content for pages, feeds and data: the checked documents the content
 * step wrote (lib/content/documents.ts), as Contentlayer compiled them, validated once per process.
 * `next dev` imports Contentlayer's modules, so that an edit reloads the open page; `next build` reads
 * its output as JSON (thousands of documents as modules would cost the build more than anything
 * else); a server reads the copy its build keeps in its own folder.
 */

function load(): SiteContent {
  const copy = builtContentDir(distDir());
  const building = env().NEXT_PHASE === 'phase-production-build' || !existsSync(/* turbopackIgnore: true */ copy);
  let raw: RawCollections;
  if (env().NODE_ENV === 'development') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    raw = fromModules(require('contentlayer/generated') as typeof Generated);
  } else raw = readCompiled(building ? CONTENTLAYER_OUTPUT : copy);
  const manifest = building || env().NODE_ENV === 'development' ? pagesManifestFile(contentDir()) : join(copy, 'photos.json');
  return buildSiteContent(raw, { includeDrafts: env().SHOW_DRAFTS === true, photos: photoLookup(manifest) });
}

const content = load();

export function getSiteContent(): SiteContent {
  return content;
}

const byLocale = articlesByLocale(content.news);
const byKey = new Map<string, Article>([...byLocale.values()].flat().map((a) => [`${a.locale}/${a.slug}`, a]));

export function getArticles(locale: Locale): readonly Article[] {
  return byLocale.get(locale) ?? [];
}

export function getArticle(locale: Locale, slug: string): Article | undefined {
  return byKey.get(`${locale}/${slug}`);
}

/** The articles on either side of one in the list (newest first): the newer and the older one. */
export function getArticleNeighbours(locale: Locale, slug: string): { newer?: Article; older?: Article } {
  const list = getArticles(locale);
  const at = list.findIndex((a) => a.slug === slug);
  if (at < 0) return {};
  return { newer: list[at - 1], older: list[at + 1] };
}

/** The months with articles in this language, newest first, each with its count (the news archive). */
export const getNewsMonths = (locale: Locale) => articleMonths(getArticles(locale));

/** The articles of one month in this language, newest first. */
export function getArticlesOfMonth(locale: Locale, month: string): Article[] {
  return getArticles(locale).filter((a) => articleMonth(a) === month);
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
export const getCoalition = () => content.coalition[0]!;
export const getDistricts = (): readonly District[] => content.districts;
export const getDistrict = (id: string): District | undefined => content.districts.find((d) => d.id === id);
export const getEvents = (): readonly CoalitionEvent[] => content.events;
export const getTopics = (): readonly Topic[] => content.topics;
export const getTopic = (id: string): Topic | undefined => content.topics.find((t) => t.id === id);
export const getQuestions = (): readonly Question[] => content.questions;
export const getRecipients = (): readonly Recipient[] => content.recipients;
export const getRecipient = (id: string): Recipient | undefined => content.recipients.find((r) => r.id === id);
export const getReports = (): readonly Report[] => content.reports;
/** How to reach the coalition (content/contact): nothing when the press office has entered nothing. */
export const getContact = (): Contact => content.contact[0] ?? { channels: [] };
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

/**
 * The page of an entry that has an id (a person, a party, an event): its static params and its entry.
 * A build only ever asks for known ones (docs/decisions.md, unknown paths); notFound() is the type's guard.
 */
export function entryPage<K extends 'people' | 'parties' | 'events' | 'questions' | 'reports'>(key: K) {
  const entries = content[key] as SiteContent[K];
  return {
    generateStaticParams: () => entries.map(({ id }) => ({ id })),
    entry: async (params: Promise<{ id: string }>): Promise<SiteContent[K][number]> => {
      const { id } = await params;
      const entry = entries.find((e) => e.id === id);
      if (!entry) notFound();
      return entry;
    },
  };
}

/** The figure for the size of the plan (695 events), which the events page measures progress against. */
export function getPlannedEventsFigure() {
  return content.figures.find((f) => f.id === 'planned-events');
}

/** Everything on a topic in one language, newest first (lib/content/topic-items.ts). */
export const getTopicItems = (locale: Locale, topic: string) => topicItems(content, locale, topic);
/** One page of a topic's list (NEWS_PAGE_SIZE a page); null past its last page. */
export const getTopicPage = (locale: Locale, topic: string, page: number) => paginate(getTopicItems(locale, topic), page);
