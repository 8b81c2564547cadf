import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { instantOf } from '@/lib/format/dates';
import type { Photo } from '@/lib/photos/variants';

/*
 * The content types, each field declared once. A type is a zod schema of what its files hold plus
 * what a file's path says (slug, locale, id). Contentlayer's document types are generated from
 * these (lib/content/contentlayer.ts), the build validates Contentlayer's output with them
 * (lib/content/validate.ts), and `content:check` validates the files as written with them.
 */

/** Slugs and ids: lowercase Latin letters, digits and single hyphens — safe in every URL. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(SLUG);

/**
 * The address of an entry as the web editor writes it into the file (it names the file or folder
 * there); files written by hand may leave it out. When present it must be the file's or folder's name.
 */
const addressSchema = slugSchema.optional().describe('The address, as the web editor writes it: the file or folder name');

const text = z.string().trim().min(1);

/** A day ("2026-02-13", a day in Kyzylorda) or an instant with its offset, read as an ISO instant. */
const dateSchema = z.string().transform((value, ctx) => {
  const instant = instantOf(value);
  if (instant === undefined) ctx.addIssue({ code: 'custom', message: 'not a date', params: { code: 'date' } });
  return instant ?? z.NEVER;
});

export const localizedSchema = z.object({ kk: text, ru: text }).meta({ id: 'Localized' });
export type Localized = z.infer<typeof localizedSchema>;

const paragraphSchema = z.number().int().min(1);

/** Where a fact comes from: an article, the number of its paragraph and, optionally, the words. */
export const sourceRefSchema = z
  .object({ article: slugSchema, paragraph: paragraphSchema, quote: localizedSchema.optional() })
  .meta({ id: 'SourceRef' });
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A source whose words are quoted: the build checks that the paragraph says them. */
const quotedSourceSchema = z
  .object({ article: slugSchema, paragraph: paragraphSchema, quote: localizedSchema })
  .meta({ id: 'QuotedSource' });

const orderSchema = z.number().describe('Position in lists: smaller first');

/** A lead photo: the file (beside the article, or /images/…), what it shows, and whose it is. */
export const leadPhotoSchema = z
  .object({
    src: text.describe('The photo file: its name beside the article, or /images/<name>'),
    alt: text.describe('What the photo shows, for readers who cannot see it'),
    credit: text.describe('Whose photo it is, e.g. "Сурет: …" / "Фото: …"'),
  })
  .meta({ id: 'LeadPhoto' });
export type LeadPhoto = z.infer<typeof leadPhotoSchema>;

/** A photo of an event: its file, and what it shows and whose it is in both languages. */
const eventPhotoSchema = z
  .object({
    src: text.describe('The photo file: its name beside the event, or /images/<name>'),
    alt: localizedSchema.describe('What the photo shows'),
    credit: localizedSchema.describe('Whose photo it is: "Сурет: …" / "Фото: …"'),
  })
  .meta({ id: 'EventPhoto' });

export const figureReadings = ['exact', 'more-than'] as const;
export const figureScopes = ['regional', 'national'] as const;

/** The four formats of the plan, as the founding article lists them, and the coalition's own sessions. */
export const eventFormats = [
  'meeting-with-residents',
  'explanatory-work',
  'public-discussion',
  'open-dialogue-platform',
  'coalition-session',
] as const;
export type EventFormat = (typeof eventFormats)[number];
export const eventStatuses = ['planned', 'held', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** When an event is: a day ("2026-03-05"), or a day and a time in Kyzylorda ("2026-03-05 18:30"). */
const eventTimeSchema = z.string().transform((value, ctx) => {
  const instant = instantOf(value);
  if (instant === undefined) ctx.addIssue({ code: 'custom', message: 'not a date', params: { code: 'date' } });
  return instant === undefined ? z.NEVER : { instant, allDay: !/[T ]\d/.test(value.trim()) };
});
export type EventTime = z.infer<typeof eventTimeSchema>;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values);

/** What each file holds, by content type. */
const fields = {
  news: z.object({
    address: addressSchema,
    title: text.describe('The headline'),
    date: dateSchema.describe('The day of the news in Kyzylorda, YYYY-MM-DD'),
    updated: dateSchema.optional().describe('The day of the last substantive change'),
    summary: text.describe('One or two sentences under the headline and in lists'),
    image: leadPhotoSchema
      .optional()
      .describe('The lead photo: in the article head, on list cards, and as the share image'),
    people: z.array(slugSchema).default([]).describe('Ids of the people the article concerns'),
    parties: z.array(slugSchema).default([]).describe('Ids of the parties the article concerns'),
    draft: z.boolean().default(false).describe('Checked but not published; npm run dev shows it'),
    translationPending: z
      .boolean()
      .default(false)
      .describe('The only translation so far: the other language shows it with a notice meanwhile'),
  }),
  parties: z.object({ address: addressSchema, name: localizedSchema, order: orderSchema }),
  people: z.object({
    address: addressSchema,
    name: localizedSchema,
    party: slugSchema.optional(),
    roles: z.array(localizedSchema).min(1),
    coalitionRole: localizedSchema.optional(),
    source: sourceRefSchema,
    order: orderSchema,
  }),
  figures: z.object({
    address: addressSchema,
    value: z.number().int().positive(),
    reading: oneOf(figureReadings),
    scope: oneOf(figureScopes),
    label: localizedSchema,
    source: quotedSourceSchema,
    order: orderSchema,
  }),
  districts: z.object({ address: addressSchema, name: localizedSchema, order: orderSchema }),
  events: z.object({
    title: localizedSchema,
    start: eventTimeSchema.describe('When it starts: 2026-03-05, or with the time in Kyzylorda, 2026-03-05 18:30'),
    end: eventTimeSchema.optional().describe('When it ends, if it is known'),
    venue: localizedSchema.describe('Where: the building, the street'),
    district: slugSchema.describe('The territory: a file name in content/districts/'),
    format: oneOf(eventFormats),
    status: oneOf(eventStatuses),
    article: slugSchema.optional().describe('The report of the event: a folder name in content/news/'),
    photos: z.array(eventPhotoSchema).default([]).describe('Photos of the event, beside its file or in /images/'),
  }),
  coalition: z.object({
    founded: dateSchema,
    place: localizedSchema,
    purpose: z.array(quotedSourceSchema).min(1),
    members: quotedSourceSchema,
  }),
};

export const localeSchema = z.enum(routing.locales);

const segments = (path: string) => path.split('/');
const fileId = (path: string) => (segments(path).at(-1) ?? '').replace(/\.ya?ml$/, '');

/** A field that the file's path gives, not its text (Contentlayer's computed fields). */
type PathField = { schema: z.ZodType<string>; resolve: (sourceFilePath: string) => string };
const idField: Record<string, PathField> = { id: { schema: slugSchema, resolve: fileId } };
/** Segments of the events list's own addresses (/events/page/2, /events/district/aral…). */
export const eventListSegments = ['page', 'district', 'format', 'month'];

export type ContentTypeKey = keyof typeof fields;

export type ContentType = {
  /** Contentlayer's name for the type (the folder of its generated JSON). */
  name: string;
  /** The folder under content/. */
  dir: string;
  filePathPattern: string;
  kind: 'markdown' | 'data';
  singleton?: boolean;
  fields: z.ZodObject;
  fromPath: Record<string, PathField>;
};

export const contentTypes = {
  news: {
    name: 'News',
    dir: 'news',
    // news/<slug>/index.kk.md and index.ru.md: the layout of the web editor's translations.
    filePathPattern: 'news/*/index.*.md',
    kind: 'markdown',
    fields: fields.news,
    fromPath: {
      // The folder is the slug shared by the translations; the file name (index.kk.md) the locale.
      slug: {
        schema: slugSchema.refine((s) => s !== 'page', { params: { code: 'reservedSlug' } }),
        resolve: (path) => segments(path).at(-2) ?? '',
      },
      locale: { schema: localeSchema, resolve: (path) => (segments(path).at(-1) ?? '').replace(/^index\.|\.md$/g, '') },
    },
  },
  parties: { name: 'Party', dir: 'parties', filePathPattern: 'parties/*.yaml', kind: 'data', fields: fields.parties, fromPath: idField },
  people: { name: 'Person', dir: 'people', filePathPattern: 'people/*.yaml', kind: 'data', fields: fields.people, fromPath: idField },
  districts: {
    name: 'District',
    dir: 'districts',
    filePathPattern: 'districts/*.yaml',
    kind: 'data',
    fields: fields.districts,
    fromPath: idField,
  },
  figures: { name: 'Figure', dir: 'figures', filePathPattern: 'figures/*.yaml', kind: 'data', fields: fields.figures, fromPath: idField },
  events: {
    name: 'Event',
    dir: 'events',
    filePathPattern: 'events/*.yaml',
    kind: 'data',
    fields: fields.events,
    // The words after /events/ that name list pages are not event ids.
    fromPath: { id: { schema: slugSchema.refine((s) => !eventListSegments.includes(s), { params: { code: 'reservedSlug' } }), resolve: fileId } },
  },
  coalition: {
    name: 'Coalition',
    dir: 'coalition',
    filePathPattern: 'coalition/coalition.yaml',
    kind: 'data',
    singleton: true,
    fields: fields.coalition,
    fromPath: {},
  },
} as const satisfies Record<ContentTypeKey, ContentType>;

/** Where an article's translation is, below content/. */
export function articleFile(slug: string, locale: (typeof routing.locales)[number]): string {
  return `news/${slug}/index.${locale}.md`;
}

const raw = z.object({ sourceFilePath: z.string() });

/** A news document as Contentlayer gives it (and content:check builds it): fields, path and body. */
export const newsDocumentSchema = fields.news.extend({
  _raw: raw,
  slug: contentTypes.news.fromPath.slug.schema,
  locale: localeSchema,
  body: z.object({ html: z.string(), raw: z.string() }),
});

const withId = { _raw: raw, id: slugSchema };
export const partySchema = fields.parties.extend(withId);
export const personSchema = fields.people.extend(withId);
export const figureSchema = fields.figures.extend(withId);
export const eventSchema = fields.events.extend(withId);
export const districtSchema = fields.districts.extend(withId);
export const coalitionSchema = fields.coalition.extend({ _raw: raw });

type Stored<T extends z.ZodType> = Omit<z.infer<T>, '_raw'>;
export type Party = Stored<typeof partySchema>;
export type Person = Stored<typeof personSchema>;
export type Figure = Stored<typeof figureSchema>;
export type CoalitionEvent = Stored<typeof eventSchema>;
export type District = Stored<typeof districtSchema>;
export type Coalition = Stored<typeof coalitionSchema>;

export type Article = {
  slug: string;
  locale: (typeof routing.locales)[number];
  title: string;
  summary: string;
  /** ISO instant of publication. */
  date: string;
  /** ISO instant of the last substantive change; equals `date` when the file gives none. */
  updated: string;
  people: string[];
  parties: string[];
  draft: boolean;
  /** The other language's translation is still being written. */
  translationPending: boolean;
  /** The language of the text: differs from `locale` only where a translation is pending. */
  textLocale: (typeof routing.locales)[number];
  /** The lead photo, with its variants once the photo build has made them. */
  image?: LeadPhoto & { photo?: Photo };
  html: string;
  /** Path from the repository root, for error messages. */
  sourcePath: string;
};

export function toArticle(d: z.infer<typeof newsDocumentSchema>): Article {
  return {
    slug: d.slug,
    locale: d.locale,
    title: d.title,
    summary: d.summary,
    date: d.date,
    updated: d.updated ?? d.date,
    people: d.people,
    parties: d.parties,
    draft: d.draft,
    translationPending: d.translationPending,
    textLocale: d.locale,
    image: d.image,
    html: d.body.html,
    sourcePath: `content/${d._raw.sourceFilePath}`,
  };
}

export function byNewestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
