import { routing } from '@/i18n/routing';
import { isoDateInZone, siteToday } from '@/lib/format/dates';
import type { PhotoLookup } from '@/lib/photos/manifest';
import { say } from './messages';
import { parseAll, Problems, sourcePathOf } from './problems';
import {
  type Article,
  byNewestFirst,
  type Coalition,
  type CoalitionEvent,
  coalitionSchema,
  type ContentTypeKey,
  type District,
  districtSchema,
  eventSchema,
  type Figure,
  figureSchema,
  newsDocumentSchema,
  type Party,
  partySchema,
  type Person,
  personSchema,
  type SourceRef,
  toArticle,
} from './schema';
import { normalizeSpace, paragraphsOf, saysMoreThan, statesNumber } from './source-text';

/** Contentlayer's generated collections (or content:check's reading of the files), unchecked. */
export type RawCollections = { [K in Exclude<ContentTypeKey, 'coalition'>]: readonly unknown[] } & { coalition: unknown };

export type SiteContent = {
  articles: Article[];
  parties: Party[];
  people: Person[];
  figures: Figure[];
  events: CoalitionEvent[];
  districts: District[];
  coalition: Coalition;
};

const strip = <T extends { _raw: unknown }>({ _raw: _, ...rest }: T): Omit<T, '_raw'> => rest;
const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || a.id.localeCompare(b.id);
const known = (ids: Iterable<string>) => [...ids].sort();

export type ContentOptions = {
  /** Drafts are published only where asked (npm run dev sets SHOW_DRAFTS=1). */
  includeDrafts?: boolean;
  /** Where the photo build's variants are: lead photos get them attached (and are reported when missing). */
  photos?: PhotoLookup;
  /** The day taken as today (lib/format/dates.ts: siteToday), for what an event's status may say. */
  today?: string;
  /** The translations of each article that exist as files, read or not (content:check knows). */
  translationsOnDisk?: ReadonlyMap<string, ReadonlySet<string>>;
};

/**
 * Validates every document and every reference between them, and that each quoted source says
 * what the content claims. Throws one ContentValidationError listing all problems, each with its
 * file and field, so that a bad file stops the build instead of vanishing.
 */
export function buildSiteContent(raw: RawCollections, options: ContentOptions = {}): SiteContent {
  const { content, problems } = checkSiteContent(raw, options);
  problems.throwIfAny();
  if (!content) throw new Error('unreachable: content without problems');
  return content;
}

/** The same checks, returning every problem instead of throwing (for `npm run content:check`). */
export function checkSiteContent(
  raw: RawCollections,
  options: ContentOptions = {},
): { content?: SiteContent; problems: Problems } {
  const problems = new Problems();
  const newsDocs = parseAll(raw.news, newsDocumentSchema, problems).filter((d) => options.includeDrafts || !d.draft);
  const partyDocs = parseAll(raw.parties, partySchema, problems);
  const personDocs = parseAll(raw.people, personSchema, problems);
  const figureDocs = parseAll(raw.figures, figureSchema, problems);
  const eventDocs = parseAll(raw.events, eventSchema, problems);
  const districtDocs = parseAll(raw.districts, districtSchema, problems);
  const [coalitionDoc] = parseAll(raw.coalition ? [raw.coalition] : [], coalitionSchema, problems);
  if (!raw.coalition) problems.add('content/coalition/coalition.yaml', '', say.missingFile());
  // The address the web editor wrote names the file or folder: the two cannot disagree.
  const checkAddress = (doc: { address?: string; _raw: { sourceFilePath: string } }, name: string) => {
    if (doc.address !== undefined && doc.address !== name) {
      problems.add(`content/${doc._raw.sourceFilePath}`, 'address', say.addressMismatch(doc.address, name));
    }
  };
  for (const doc of newsDocs) checkAddress(doc, doc.slug);
  for (const doc of [...partyDocs, ...personDocs, ...figureDocs, ...districtDocs]) checkAddress(doc, doc.id);

  const articles = newsDocs
    .map((doc) => {
      const article = toArticle(doc);
      if (!article.image || !options.photos) return article;
      const photo = options.photos(article.image.src, doc._raw.sourceFilePath);
      if (!photo) problems.add(article.sourcePath, 'image.src', say.photoNotMade());
      return { ...article, image: { ...article.image, photo } };
    })
    .sort(byNewestFirst);
  const partyIds = new Set(partyDocs.map((p) => p.id));
  const personIds = new Set(personDocs.map((p) => p.id));
  const versions = new Map<string, Article[]>();
  for (const article of articles) versions.set(article.slug, [...(versions.get(article.slug) ?? []), article]);

  const checkArticleRef = (slug: string, file: string, field: string) => {
    if (versions.has(slug)) return true;
    problems.add(file, field, say.unknownRef('article', slug, known(versions.keys())));
    return false;
  };

  // Many facts cite the same article: read each article's paragraphs once.
  const paragraphCache = new Map<Article, Map<number, string>>();
  const paragraphsOfArticle = (article: Article) => {
    const cached = paragraphCache.get(article) ?? paragraphsOf(article.html);
    paragraphCache.set(article, cached);
    return cached;
  };

  const checkSource = (ref: SourceRef, file: string, field: string, mustMention?: Record<string, string>) => {
    if (!checkArticleRef(ref.article, file, `${field}.article`)) return;
    for (const article of versions.get(ref.article) ?? []) {
      const paragraphs = paragraphsOfArticle(article);
      const text = paragraphs.get(ref.paragraph);
      if (text === undefined) {
        problems.add(file, `${field}.paragraph`, say.noParagraph(article.sourcePath, ref.paragraph, paragraphs.size));
        continue;
      }
      // Where the words are now, if the text moved: the message can say which paragraph to cite.
      const nowAt = (words: string) => [...paragraphs].find(([, t]) => t.includes(words))?.[0];
      const quote = ref.quote?.[article.locale];
      if (quote !== undefined && !text.includes(normalizeSpace(quote))) {
        const at = nowAt(normalizeSpace(quote));
        problems.add(file, `${field}.quote.${article.locale}`, say.quoteNotInParagraph(article.sourcePath, ref.paragraph, at));
      }
      const name = mustMention?.[article.locale];
      if (name !== undefined && !text.includes(name)) {
        problems.add(file, `${field}.paragraph`, say.nameNotInParagraph(article.sourcePath, ref.paragraph, name, nowAt(name)));
      }
    }
  };

  // A translation that exists but fails its own checks (even one that cannot be read) still exists:
  // it is reported on its own, not as a missing translation of its sibling.
  const filed = new Map([...(options.translationsOnDisk ?? [])].map(([slug, locales]) => [slug, new Set(locales)]));
  for (const doc of raw.news as { slug?: unknown; locale?: unknown }[]) {
    if (typeof doc.slug === 'string' && typeof doc.locale === 'string')
      filed.set(doc.slug, new Set([...(filed.get(doc.slug) ?? []), doc.locale]));
  }
  for (const [slug, translations] of versions) {
    const present = filed.get(slug) ?? new Set(translations.map((a) => a.locale));
    for (const article of translations) {
      const missing = routing.locales.filter((l) => !present.has(l));
      if (missing.length > 0 && !article.translationPending) {
        problems.add(article.sourcePath, 'translationPending', say.noTranslation(missing.map((l) => `index.${l}.md`), slug));
      }
      if (missing.length === 0 && article.translationPending) {
        problems.add(article.sourcePath, 'translationPending', say.translationExists());
      }
    }
  }

  for (const doc of newsDocs) {
    const file = sourcePathOf(doc);
    doc.people.forEach((id, i) => {
      if (!personIds.has(id)) problems.add(file, `people[${i}]`, say.unknownRef('person', id, known(personIds)));
    });
    doc.parties.forEach((id, i) => {
      if (!partyIds.has(id)) problems.add(file, `parties[${i}]`, say.unknownRef('party', id, known(partyIds)));
    });
  }

  for (const doc of personDocs) {
    const file = sourcePathOf(doc);
    if (doc.party !== undefined && !partyIds.has(doc.party)) {
      problems.add(file, 'party', say.unknownRef('party', doc.party, known(partyIds)));
    }
    checkSource(doc.source, file, 'source', doc.name);
  }

  for (const doc of figureDocs) {
    const file = sourcePathOf(doc);
    checkSource(doc.source, file, 'source');
    for (const locale of routing.locales) {
      const quote = doc.source.quote[locale];
      if (!statesNumber(quote, doc.value, locale)) {
        problems.add(file, `source.quote.${locale}`, say.quoteLacksValue(doc.value));
      }
      if (saysMoreThan(quote, locale) !== (doc.reading === 'more-than')) {
        problems.add(file, 'reading', doc.reading === 'more-than' ? say.quoteLacksMoreThan(locale) : say.quoteSaysMoreThan(locale));
      }
    }
  }

  const districtIds = new Set(districtDocs.map((d) => d.id));
  const today = options.today ?? siteToday();
  for (const doc of eventDocs) {
    const file = sourcePathOf(doc);
    if (doc.article !== undefined) checkArticleRef(doc.article, file, 'article');
    if (!districtIds.has(doc.district)) problems.add(file, 'district', say.unknownRef('district', doc.district, known(districtIds)));
    if (doc.end && doc.end.instant < doc.start.instant) problems.add(file, 'end', say.endBeforeStart());
    const day = isoDateInZone(doc.start.instant);
    if (doc.status === 'held' && day > today) problems.add(file, 'status', say.heldInFuture(day));
    if (doc.status === 'planned' && isoDateInZone((doc.end ?? doc.start).instant) < today) {
      problems.warn(file, 'status', say.plannedInPast(day));
    }
    doc.photos.forEach((photo, i) => {
      if (options.photos && !options.photos(photo.src, doc._raw.sourceFilePath)) {
        problems.add(file, `photos[${i}].src`, say.photoNotMade());
      }
    });
  }

  if (coalitionDoc) {
    const file = sourcePathOf(coalitionDoc);
    coalitionDoc.purpose.forEach((ref, i) => checkSource(ref, file, `purpose[${i}]`));
    checkSource(coalitionDoc.members, file, 'members');
  }

  // What is valid is returned even beside problems, so that a report can check links against it.
  if (!coalitionDoc) return { problems };
  const content: SiteContent = {
    articles,
    parties: partyDocs.map(strip).sort(byOrder),
    people: personDocs.map(strip).sort(byOrder),
    figures: figureDocs.map(strip).sort(byOrder),
    events: eventDocs.map(strip).sort((a, b) => a.start.instant.localeCompare(b.start.instant) || a.id.localeCompare(b.id)),
    districts: districtDocs.map(strip).sort(byOrder),
    coalition: strip(coalitionDoc),
  };
  return { content, problems };
}

