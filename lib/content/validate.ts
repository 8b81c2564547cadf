import { routing } from '@/i18n/routing';
import { parseAll, Problems, sourcePathOf } from './problems';
import {
  type Article,
  byNewestFirst,
  type Coalition,
  type CoalitionEvent,
  coalitionSchema,
  type ContentTypeKey,
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
  coalition: Coalition;
};

const strip = <T extends { _raw: unknown }>({ _raw: _, ...rest }: T): Omit<T, '_raw'> => rest;
const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || a.id.localeCompare(b.id);
const known = (ids: Iterable<string>) => [...ids].sort().join(', ') || '(none)';

export type ContentOptions = {
  /** Drafts are published only where asked (npm run dev sets SHOW_DRAFTS=1). */
  includeDrafts?: boolean;
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
  const [coalitionDoc] = parseAll(raw.coalition ? [raw.coalition] : [], coalitionSchema, problems);
  if (!raw.coalition) problems.add('content/coalition/coalition.yaml', '(document)', 'the file is missing');

  const articles = newsDocs.map(toArticle).sort(byNewestFirst);
  const partyIds = new Set(partyDocs.map((p) => p.id));
  const personIds = new Set(personDocs.map((p) => p.id));
  const versions = new Map<string, Article[]>();
  for (const article of articles) versions.set(article.slug, [...(versions.get(article.slug) ?? []), article]);

  const checkArticleRef = (slug: string, file: string, field: string) => {
    if (versions.has(slug)) return true;
    problems.add(file, field, `unknown article "${slug}" (known: ${known(versions.keys())})`);
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
        problems.add(
          file,
          `${field}.paragraph`,
          `${article.sourcePath} has no paragraph ${ref.paragraph} (it has ${paragraphs.size})`,
        );
        continue;
      }
      const quote = ref.quote?.[article.locale];
      if (quote !== undefined && !text.includes(normalizeSpace(quote))) {
        problems.add(
          file,
          `${field}.quote.${article.locale}`,
          `these words are not in paragraph ${ref.paragraph} of ${article.sourcePath}`,
        );
      }
      const name = mustMention?.[article.locale];
      if (name !== undefined && !text.includes(name)) {
        problems.add(
          file,
          `${field}.paragraph`,
          `paragraph ${ref.paragraph} of ${article.sourcePath} does not mention "${name}"`,
        );
      }
    }
  };

  // A translation that exists but fails its own checks still exists: it is reported on its own.
  const filed = new Map<string, Set<string>>();
  for (const doc of raw.news as { slug?: unknown; locale?: unknown }[]) {
    if (typeof doc.slug === 'string' && typeof doc.locale === 'string')
      filed.set(doc.slug, new Set([...(filed.get(doc.slug) ?? []), doc.locale]));
  }
  for (const [slug, translations] of versions) {
    const present = filed.get(slug) ?? new Set(translations.map((a) => a.locale));
    for (const article of translations) {
      const missing = routing.locales.filter((l) => !present.has(l));
      if (missing.length > 0 && !article.translationPending) {
        problems.add(
          article.sourcePath,
          'translationPending',
          `no ${missing.map((l) => `${l}.md`).join(', ')} beside it (нет перевода): add the translation to content/news/${slug}/, or set translationPending: true`,
        );
      }
      if (missing.length === 0 && article.translationPending) {
        problems.add(article.sourcePath, 'translationPending', 'every translation exists: remove translationPending');
      }
    }
  }

  for (const doc of newsDocs) {
    const file = sourcePathOf(doc);
    doc.people.forEach((id, i) => {
      if (!personIds.has(id)) problems.add(file, `people[${i}]`, `unknown person "${id}" (known: ${known(personIds)})`);
    });
    doc.parties.forEach((id, i) => {
      if (!partyIds.has(id)) problems.add(file, `parties[${i}]`, `unknown party "${id}" (known: ${known(partyIds)})`);
    });
  }

  for (const doc of personDocs) {
    const file = sourcePathOf(doc);
    if (doc.party !== undefined && !partyIds.has(doc.party)) {
      problems.add(file, 'party', `unknown party "${doc.party}" (known: ${known(partyIds)})`);
    }
    checkSource(doc.source, file, 'source', doc.name);
  }

  for (const doc of figureDocs) {
    const file = sourcePathOf(doc);
    checkSource(doc.source, file, 'source');
    for (const locale of routing.locales) {
      const quote = doc.source.quote[locale];
      if (!statesNumber(quote, doc.value, locale)) {
        problems.add(file, `source.quote.${locale}`, `the quotation does not state the value ${doc.value}`);
      }
      if (saysMoreThan(quote, locale) !== (doc.reading === 'more-than')) {
        problems.add(
          file,
          'reading',
          doc.reading === 'more-than'
            ? `the ${locale} quotation does not say "more than"`
            : `the ${locale} quotation says "more than": use reading: more-than`,
        );
      }
    }
  }

  for (const doc of eventDocs) {
    if (doc.article !== undefined) checkArticleRef(doc.article, sourcePathOf(doc), 'article');
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
    events: eventDocs.map(strip).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)),
    coalition: strip(coalitionDoc),
  };
  return { content, problems };
}

