import { createTranslator } from 'use-intl/core';
import { type Locale, routing } from '@/i18n/routing';
import type { Article } from '@/lib/content/schema';
import { blocksOf } from '@/lib/content/source-text';
import type { SiteContent } from '@/lib/content/validate';
import { formatEventWhen } from '@/lib/format/dates';
import { eventLabels } from '@/lib/format/event-labels';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { atStart } from '@/lib/format/capitalize';

/*
 * What search finds: one document per page a resident may be looking for, in each language it is
 * written in. A new kind of page joins search by adding its documents here.
 */

export const searchKinds = ['article', 'person', 'party', 'event', 'district'] as const;
export type SearchKind = (typeof searchKinds)[number];

export type SearchDocument = {
  /** `kind/locale/key`: unique across the index. */
  id: string;
  kind: SearchKind;
  /** The slug or id of the page. */
  key: string;
  locale: Locale;
  title: string;
  /** The page's texts, in reading order: a snippet is cut from the one that matches best. */
  passages: string[];
  /** The page's path without the locale. */
  href: string;
  /** ISO instant shown beside the result (an article's date, an event's start). */
  date?: string;
};

const messages = { kk, ru };

function articleDocument(article: Article): SearchDocument {
  return {
    id: `article/${article.locale}/${article.slug}`,
    kind: 'article',
    key: article.slug,
    locale: article.locale,
    title: article.title,
    passages: [article.summary, ...blocksOf(article.html)],
    href: `/news/${article.slug}`,
    date: article.date,
  };
}

/** Every document, in both languages. */
export function searchDocuments(content: SiteContent): SearchDocument[] {
  return routing.locales.flatMap((locale) => [
    // An article borrowed from the other language while its translation is pending is found there.
    ...content.articles.filter((a) => a.locale === locale && a.textLocale === locale).map(articleDocument),
    ...structuredDocuments(content, locale),
  ]);
}

/** People, parties, events and territories: few, small, and built from several files each. */
function structuredDocuments(content: SiteContent, locale: Locale): SearchDocument[] {
  const labels = eventLabels(locale);
  const t = createTranslator({ locale, messages: messages[locale] });
  const doc = (kind: SearchKind, key: string, title: string, passages: string[], href: string, date?: string) => ({
    id: `${kind}/${locale}/${key}`,
    kind,
    key,
    locale,
    title,
    passages: passages.filter((p) => p.length > 0),
    href,
    ...(date ? { date } : {}),
  });
  const partyName = (id?: string) => content.parties.find((p) => p.id === id)?.name[locale] ?? '';
  const districtName = (id: string) => content.districts.find((d) => d.id === id)?.name[locale] ?? '';
  return [
    ...content.people.map((p) =>
      doc(
        'person',
        p.id,
        p.name[locale],
        [[...p.roles.map((r) => r[locale]), p.coalitionRole?.[locale] ?? ''].join('; '), partyName(p.party)],
        `/people/${p.id}`,
      ),
    ),
    ...content.parties.map((party) =>
      doc(
        'party',
        party.id,
        atStart(party.name[locale], locale),
        [
          content.people
            .filter((p) => p.party === party.id)
            .map((p) => p.name[locale])
            .join(', '),
        ],
        `/parties/${party.id}`,
      ),
    ),
    ...content.events.map((e) =>
      doc(
        'event',
        e.id,
        e.title[locale],
        [
          [formatEventWhen(e.start, e.end, locale), e.venue[locale], districtName(e.district)].join(' · '),
          [labels.format(e.format), labels.status(e)].join(' · '),
        ],
        `/events/${e.id}`,
        e.start.instant,
      ),
    ),
    ...content.districts.map((d) =>
      doc('district', d.id, d.name[locale], [t('Events.title')], `/events/district/${d.id}`),
    ),
  ];
}

const structuredById = new WeakMap<SiteContent, Map<string, SearchDocument>>();
const articleDocuments = new WeakMap<Article, SearchDocument>();
const articlesById = new WeakMap<SiteContent, Map<string, Article>>();

/** One document, as the results page shows it; undefined if the page no longer exists. */
export function findSearchDocument(content: SiteContent, id: string): SearchDocument | undefined {
  if (id.startsWith('article/')) {
    let articles = articlesById.get(content);
    if (!articles) {
      articles = new Map(content.articles.map((a) => [`article/${a.locale}/${a.slug}`, a]));
      articlesById.set(content, articles);
    }
    const article = articles.get(id);
    if (!article) return undefined;
    // Kept: reading an article's blocks out of its HTML costs more than searching.
    let doc = articleDocuments.get(article);
    if (!doc) {
      doc = articleDocument(article);
      articleDocuments.set(article, doc);
    }
    return doc;
  }
  let byId = structuredById.get(content);
  if (!byId) {
    byId = new Map(routing.locales.flatMap((l) => structuredDocuments(content, l)).map((d) => [d.id, d]));
    structuredById.set(content, byId);
  }
  return byId.get(id);
}
