import { z } from 'zod';
import { siteToday } from '@/lib/format/dates';
import type { PhotoLookup } from '@/lib/photos/manifest';
import { type Localized, referencesIn, type SourceRef } from './fields';
import type { CheckContext, RawDocument } from './kind';
import { type Article, type KindKey, kindList, kinds, type SiteContent } from './kinds';
import { say } from './messages';
import { parseAll, Problems } from './problems';
import { normalizeSpace, paragraphsOf } from './source-text';

/*
 * The checks of the content, the same in the build and in `content:check`: each document against its
 * kind's fields (lib/content/kinds), every reference to another entry (from the fields' description),
 * then each kind's own checks (sources, translations, dates). Problems name the file and the field, in
 * Kazakh and Russian, so that a bad file stops the build instead of vanishing.
 */

export type RawCollections = Record<KindKey, readonly unknown[]>;

export type ContentOptions = {
  /** Drafts are published only where asked (npm run dev). */
  includeDrafts?: boolean;
  /** Where the photo build's variants are: entries with photos get them attached (and are reported when missing). */
  photos?: PhotoLookup;
  /** The day taken as today (lib/format/dates.ts: siteToday), for what an event's status may say. */
  today?: string;
  /** The files of each translated entry that exist, read or not (the reader knows). */
  filesOnDisk?: ReadonlyMap<string, ReadonlySet<string>>;
};

const raw = z.object({ sourceFilePath: z.string() });
const body = z.object({ raw: z.string(), html: z.string() });

/** What a document of the kind holds: its fields, what its path gives, and its text. */
export const documentSchemas = Object.fromEntries(
  kindList.map((kind) => [
    kind.key,
    kind.fields.extend({
      ...Object.fromEntries(Object.entries(kind.path).map(([name, field]) => [name, field.schema])),
      _raw: raw,
      ...(kind.files.markdown ? { body } : {}),
    }),
  ]),
) as unknown as Record<KindKey, z.ZodObject>;

/** Validates every document, reference and quotation; throws one ContentValidationError listing all problems. */
export function buildSiteContent(collections: RawCollections, options: ContentOptions = {}): SiteContent {
  const { content, problems } = checkSiteContent(collections, options);
  problems.throwIfAny();
  if (!content) throw new Error('unreachable: content without problems');
  return content;
}

/** The same checks, returning every problem instead of throwing (for `npm run content:check`). */
export function checkSiteContent(
  collections: RawCollections,
  options: ContentOptions = {},
): { content?: SiteContent; problems: Problems } {
  const problems = new Problems();
  const fileOf = new Map<unknown, string>();
  const docs = {} as Record<KindKey, (RawDocument & Record<string, unknown>)[]>;
  const entries = {} as Record<KindKey, unknown[]>;

  for (const kind of kindList) {
    const parsed = parseAll(collections[kind.key] ?? [], documentSchemas[kind.key], problems) as (RawDocument &
      Record<string, unknown>)[];
    docs[kind.key] = parsed.filter((d) => options.includeDrafts || d.draft !== true);
    entries[kind.key] = docs[kind.key].map((doc) => {
      const file = `content/${doc._raw.sourceFilePath}`;
      // The address the web editor wrote names the file or folder: the two cannot disagree.
      const name = (doc.slug ?? doc.id) as string | undefined;
      if (typeof doc.address === 'string' && name !== undefined && doc.address !== name) {
        problems.add(file, 'address', say.addressMismatch(doc.address, name));
      }
      const entry = (kind.entry as (d: unknown, c: unknown) => unknown)(doc, {
        photos: options.photos,
        problem: (field: string, message: Localized) => problems.add(file, field, message),
      });
      fileOf.set(entry, file);
      return entry;
    });
    if (kind.files.singleton && !kind.files.optional && (collections[kind.key] ?? []).length === 0) {
      problems.add(`content/${kind.files.pattern}`, '', say.missingFile());
    }
  }

  // Every field that names an entry of another kind names one that exists.
  const ids = Object.fromEntries(
    kindList.map((kind) => [kind.key, new Set(entries[kind.key].map((e) => (kind.id as (x: unknown) => string)(e)))]),
  ) as Record<KindKey, Set<string>>;
  for (const kind of kindList) {
    for (const doc of docs[kind.key]) {
      for (const { field, kind: target, id } of referencesIn(kind.described, doc)) {
        const known = ids[target as KindKey];
        if (known && !known.has(id)) {
          const { label, files } = kinds[target as KindKey];
          problems.add(`content/${doc._raw.sourceFilePath}`, field, say.unknownRef({ many: label.many, dir: files.dir }, id, [...known].sort()));
        }
      }
    }
  }

  const content = Object.fromEntries(
    kindList.map((kind) => [kind.key, [...entries[kind.key]].sort(kind.sort as (a: unknown, b: unknown) => number)]),
  ) as SiteContent;

  // Each kind's own checks.
  const versions = new Map<string, Article[]>();
  for (const article of content.news) versions.set(article.slug, [...(versions.get(article.slug) ?? []), article]);
  const paragraphCache = new Map<Article, Map<number, string>>();
  const paragraphsOfArticle = (article: Article) => {
    const cached = paragraphCache.get(article) ?? paragraphsOf(article.html);
    paragraphCache.set(article, cached);
    return cached;
  };
  const source = (entry: unknown, ref: SourceRef, field: string, mention?: Localized) => {
    const file = fileOf.get(entry) ?? '';
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
        problems.add(file, `${field}.quote.${article.locale}`, say.quoteNotInParagraph(article.sourcePath, ref.paragraph, nowAt(normalizeSpace(quote))));
      }
      const speaker = content.people.find((person) => person.id === ref.saidBy);
      for (const [name, at] of [
        [mention?.[article.locale], `${field}.paragraph`],
        [speaker?.name[article.locale], `${field}.saidBy`],
      ] as const) {
        if (name !== undefined && !text.includes(name)) {
          problems.add(file, at, say.nameNotInParagraph(article.sourcePath, ref.paragraph, name, nowAt(name)));
        }
      }
    }
  };
  // The translations that exist, even one that failed its own checks (it is reported on its own).
  const filesOnDisk = new Map([...(options.filesOnDisk ?? [])].map(([id, locales]) => [id, new Set(locales)]));
  for (const kind of kindList.filter((k) => k.files.translated)) {
    for (const doc of (collections[kind.key] ?? []) as { slug?: unknown; locale?: unknown }[]) {
      if (typeof doc.slug === 'string' && typeof doc.locale === 'string') {
        filesOnDisk.set(doc.slug, new Set([...(filesOnDisk.get(doc.slug) ?? []), doc.locale]));
      }
    }
  }
  const context: CheckContext<unknown> = {
    content,
    today: options.today ?? siteToday(),
    filesOnDisk,
    problem: (entry, field, message) => problems.add(fileOf.get(entry) ?? '', field, message),
    warn: (entry, field, message) => problems.warn(fileOf.get(entry) ?? '', field, message),
    source,
  };
  for (const kind of kindList) (kind.check as ((e: unknown[], c: CheckContext<unknown>) => void) | undefined)?.(content[kind.key], context);

  // What is valid is returned even beside problems, so that a report can check links against it.
  const complete = kindList.every((kind) => !kind.files.singleton || kind.files.optional || content[kind.key].length > 0);
  return { content: complete ? content : undefined, problems };
}
