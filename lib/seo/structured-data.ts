import type {
  BreadcrumbList,
  Event,
  FAQPage,
  NewsArticle,
  Organization,
  Person as SchemaPerson,
  QAPage,
  Report as SchemaReport,
  SearchAction,
  WebSite,
  WithContext,
} from 'schema-dts';
import { type Locale, routing } from '@/i18n/routing';
import type {
  Article,
  Coalition,
  CoalitionEvent,
  EventTime,
  Party,
  Person,
  Question,
  Report,
} from '@/lib/content/kinds';
import { isoDateInZone, isoDateTimeInZone } from '@/lib/format/dates';
import type { ShareImage } from './share-cards';
import { absoluteUrl, pageUrl } from './site-url';
import { atStart } from '@/lib/format/capitalize';
import { dataPath, path } from '@/lib/site/routes';

/*
 * schema.org JSON-LD for search engines, typed with schema-dts. Every value comes from the
 * content; nothing is added that the source does not state.
 */

export type SiteNames = { name: string; shortName: string; description: string; originalName: string };

const inLanguage: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

export function organizationId(): string {
  return `${absoluteUrl('/')}#organization`;
}

export function coalitionOrganization(
  locale: Locale,
  names: SiteNames,
  coalition: Coalition,
): WithContext<Organization> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    '@id': organizationId(),
    name: names.name.replace(/^«|»$/g, ''),
    alternateName: [...new Set([names.shortName, names.originalName.replace(/^«|»$/g, '')])],
    description: names.description,
    // One address for one organization (its @id's): the root, which answers in the reader's language.
    url: absoluteUrl('/'),
    foundingDate: isoDateInZone(coalition.founded),
    foundingLocation: {
      '@type': 'Place',
      name: coalition.place[locale],
      address: { '@type': 'PostalAddress', addressLocality: coalition.place[locale], addressCountry: 'KZ' },
    },
  };
}

/**
 * The site in one language, with its search: search engines may offer a search box that lands on
 * /{locale}/search.
 */
export function webSite(locale: Locale, names: SiteNames): WithContext<WebSite> {
  // schema.org's "query-input" is not in schema-dts's SearchAction type.
  const search: SearchAction & { 'query-input': string } = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${pageUrl(locale, path('/search'))}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': `${pageUrl(locale, '/')}#website`,
    name: names.shortName,
    url: pageUrl(locale, '/'),
    inLanguage: inLanguage[locale],
    publisher: { '@id': organizationId() },
    potentialAction: search,
  };
}

/** A reference to the coalition, for author/publisher/organizer fields. */
function coalitionRef(names: SiteNames): Organization {
  return {
    '@type': 'Organization',
    '@id': organizationId(),
    name: names.name.replace(/^«|»$/g, ''),
    url: absoluteUrl('/'),
  };
}

export function newsArticle(
  article: Article,
  names: SiteNames,
  locales: readonly Locale[],
  image: ShareImage,
): WithContext<NewsArticle> {
  const url = pageUrl(article.locale, path('/news/[slug]', { slug: article.slug }));
  const original = locales.includes(routing.defaultLocale) ? routing.defaultLocale : (locales[0] ?? article.locale);
  const others = locales.filter((l) => l !== article.locale);
  const work = (l: Locale) => ({
    '@type': 'NewsArticle' as const,
    '@id': pageUrl(l, path('/news/[slug]', { slug: article.slug })),
    inLanguage: inLanguage[l],
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    datePublished: isoDateTimeInZone(article.date),
    dateModified: isoDateTimeInZone(article.updated),
    inLanguage: inLanguage[article.locale],
    // A text published elsewhere is credited as its original states it, and the coalition, which
    // only publishes it here, is not named as its author.
    ...(article.origin ? { creditText: article.origin } : { author: coalitionRef(names) }),
    publisher: coalitionRef(names),
    image: [
      {
        '@type': 'ImageObject',
        url: image.url,
        width: `${image.width}`,
        height: `${image.height}`,
        ...(article.image?.photo ? { creditText: article.image.credit } : {}),
      },
    ],
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    // The site's language is the original (the press office writes in Kazakh first): its page names
    // its translations, a translation names it.
    ...(article.locale === original
      ? { workTranslation: others.map((l) => work(l)) }
      : others.includes(original)
        ? { translationOfWork: work(original) }
        : {}),
  };
}

export function personData(
  person: Person,
  locale: Locale,
  party: Party | undefined,
  names: SiteNames,
): WithContext<SchemaPerson> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name[locale],
    jobTitle: person.roles.map((r) => r[locale]),
    url: pageUrl(locale, path('/people/[id]', { id: person.id })),
    ...(party
      ? {
          affiliation: {
            '@type': 'Organization',
            name: atStart(party.name[locale], locale),
            url: pageUrl(locale, path('/parties/[id]', { id: party.id })),
          },
        }
      : {}),
    // Only those the source gives a role in the coalition are stated as its members.
    ...(person.coalitionRole
      ? {
          memberOf: {
            '@type': 'OrganizationRole',
            roleName: person.coalitionRole[locale],
            memberOf: coalitionRef(names),
          },
        }
      : {}),
  };
}

const eventStatus = {
  planned: 'https://schema.org/EventScheduled',
  // schema.org has no "took place": a held event kept its schedule.
  held: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  cancelled: 'https://schema.org/EventCancelled',
} as const;

/** A day for an all-day event, the instant with Kyzylorda's offset for a timed one. */
function eventDate(time: EventTime): string {
  return time.allDay ? isoDateInZone(time.instant) : isoDateTimeInZone(time.instant);
}

export function eventData(
  event: CoalitionEvent,
  locale: Locale,
  place: { district?: string; region: string },
  description: string,
  names: SiteNames,
): WithContext<Event> {
  const url = pageUrl(locale, path('/events/[id]', { id: event.id }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title[locale],
    description,
    startDate: eventDate(event.start),
    endDate: eventDate(event.end ?? event.start),
    eventStatus: eventStatus[event.status],
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: event.venue[locale],
      address: {
        '@type': 'PostalAddress',
        ...(place.district ? { addressLocality: place.district } : {}),
        addressRegion: place.region,
        addressCountry: 'KZ',
      },
    },
    organizer: coalitionRef(names),
    image: [`${url}/share.png`],
    url,
  };
}

export function breadcrumbList(locale: Locale, trail: { href: string; label: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.label,
      item: pageUrl(locale, crumb.href),
    })),
  };
}

/** The published questions and answers of a page, as a FAQ (the coalition answers its own questions' page). */
export function faqPage(locale: Locale, questions: readonly Question[]): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: inLanguage[locale],
    url: pageUrl(locale, path('/questions')),
    mainEntity: questions.map((q) => ({
      '@type': 'Question',
      name: q.question[locale],
      url: pageUrl(locale, path('/questions/[id]', { id: q.id })),
      acceptedAnswer: { '@type': 'Answer', text: q.answer[locale] },
    })),
  };
}

/** One resident's question and the coalition's answer. */
export function qaPage(locale: Locale, q: Question): WithContext<QAPage> {
  const url = pageUrl(locale, path('/questions/[id]', { id: q.id }));
  return {
    '@context': 'https://schema.org',
    '@type': 'QAPage',
    inLanguage: inLanguage[locale],
    url,
    mainEntity: {
      '@type': 'Question',
      name: q.question[locale],
      text: q.question[locale],
      answerCount: 1,
      datePublished: isoDateInZone(q.asked),
      acceptedAnswer: {
        '@type': 'Answer',
        text: q.answer[locale],
        url,
        datePublished: isoDateInZone(q.answered),
        author: { '@id': organizationId() },
      },
    },
  };
}

/** A report of what residents said and what the coalition did with it, and its figures as a dataset. */
export function reportData(locale: Locale, report: Report): WithContext<SchemaReport> {
  const url = pageUrl(locale, path('/reports/[id]', { id: report.id }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: report.title[locale],
    inLanguage: inLanguage[locale],
    url,
    datePublished: isoDateInZone(report.counted),
    temporalCoverage: `${isoDateInZone(report.from)}/${isoDateInZone(report.to)}`,
    author: { '@id': organizationId() },
    ...(report.summary ? { abstract: report.summary[locale] } : {}),
    image: [pageUrl(locale, path('/reports/[id]/share.png', { id: report.id }))],
    isBasedOn: [
      { '@type': 'Dataset', name: 'reports.json', url: absoluteUrl(dataPath('reports.json')) },
      { '@type': 'Dataset', name: 'reports.csv', url: absoluteUrl(dataPath('reports.csv')) },
    ],
  };
}
