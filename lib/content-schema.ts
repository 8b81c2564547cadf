import { z } from 'zod';
import { routing } from '@/i18n/routing';

/*
 * The app's own types for the content, and the zod schemas that turn Contentlayer's generated
 * documents into them. Cross-references and source checks live in content-checks.ts.
 */

/** Slugs and ids: lowercase Latin letters, digits and single hyphens — safe in every URL. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase Latin letters, digits and hyphens (e.g. "jana-koalitsiya")');

const isoInstant = z.iso.datetime({ offset: true, message: 'must be a date such as 2026-02-13' });
const text = z.string().trim().min(1, 'must not be empty');
const raw = z.object({ sourceFilePath: z.string() });

export const localeSchema = z.enum(routing.locales, {
  message: `the file name must be one of ${routing.locales.map((l) => `${l}.md`).join(', ')}`,
});

export const localizedSchema = z.object({ kk: text, ru: text });
export type Localized = z.infer<typeof localizedSchema>;

export const sourceRefSchema = z.object({
  article: slugSchema,
  paragraph: z.number().int('must be a whole number').min(1, 'paragraphs are numbered from 1'),
  quote: localizedSchema.optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** The shape Contentlayer generates for a news file, as far as the app relies on it. */
export const newsDocumentSchema = z.object({
  _raw: raw,
  title: text,
  summary: text,
  date: isoInstant,
  updated: isoInstant.optional(),
  people: z.array(slugSchema).default([]),
  parties: z.array(slugSchema).default([]),
  draft: z.boolean().default(false),
  translationPending: z.boolean().default(false),
  slug: slugSchema.refine((s) => s !== 'page', '"page" is reserved for the list pages'),
  locale: localeSchema,
  body: z.object({ html: z.string(), raw: z.string() }),
});

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
  html: string;
  /** Path from the repository root, for error messages. */
  sourcePath: string;
};

export const partySchema = z.object({ _raw: raw, id: slugSchema, name: localizedSchema, order: z.number() });
export type Party = Omit<z.infer<typeof partySchema>, '_raw'>;

export const personSchema = z.object({
  _raw: raw,
  id: slugSchema,
  name: localizedSchema,
  party: slugSchema.optional(),
  roles: z.array(localizedSchema).min(1, 'name at least one role the source states'),
  coalitionRole: localizedSchema.optional(),
  source: sourceRefSchema,
  order: z.number(),
});
export type Person = Omit<z.infer<typeof personSchema>, '_raw'>;

export const figureReadings = ['exact', 'more-than'] as const;
export const figureScopes = ['regional', 'national'] as const;

export const figureSchema = z.object({
  _raw: raw,
  id: slugSchema,
  value: z.number().int('must be a whole number').positive('must be positive'),
  reading: z.enum(figureReadings, { message: `must be one of: ${figureReadings.join(', ')}` }),
  scope: z.enum(figureScopes, { message: `must be one of: ${figureScopes.join(', ')}` }),
  label: localizedSchema,
  source: sourceRefSchema.extend({ quote: localizedSchema }),
  order: z.number(),
});
export type Figure = Omit<z.infer<typeof figureSchema>, '_raw'>;

/** The four formats of the plan, as the founding article lists them, and the coalition's own sessions. */
export const eventFormats = [
  'meeting-with-residents',
  'explanatory-work',
  'public-discussion',
  'open-dialogue-platform',
  'coalition-session',
] as const;
export type EventFormat = (typeof eventFormats)[number];
export const eventStatuses = ['planned', 'held'] as const;

export const eventSchema = z.object({
  _raw: raw,
  id: slugSchema,
  title: localizedSchema,
  date: isoInstant,
  place: localizedSchema,
  format: z.enum(eventFormats, { message: `must be one of: ${eventFormats.join(', ')}` }),
  status: z.enum(eventStatuses, { message: `must be one of: ${eventStatuses.join(', ')}` }),
  article: slugSchema.optional(),
});
export type CoalitionEvent = Omit<z.infer<typeof eventSchema>, '_raw'>;

export const coalitionSchema = z.object({
  _raw: raw,
  founded: isoInstant,
  place: localizedSchema,
  purpose: z.array(sourceRefSchema.extend({ quote: localizedSchema })).min(1),
  members: sourceRefSchema.extend({ quote: localizedSchema }),
});
export type Coalition = Omit<z.infer<typeof coalitionSchema>, '_raw'>;

export class ContentValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ContentValidationError';
  }
}

export function sourcePathOf(doc: unknown): string {
  const rawPath = (doc as { _raw?: { sourceFilePath?: unknown } } | null)?._raw?.sourceFilePath;
  return typeof rawPath === 'string' ? `content/${rawPath}` : 'content/(unknown file)';
}

function fieldOf(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path;
  if (first === undefined) return '(document)';
  // Contentlayer derives these from the path, so the author fixes the path, not a field.
  if (first === 'slug') return 'folder name (slug)';
  if (first === 'locale') return 'file name (locale)';
  if (first === 'id') return 'file name (id)';
  return [String(first), ...rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
}

export type Problem = { file: string; field: string; message: string };

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: field "${field}": ${message}`;
}

/** Collects problems, each with its file and field. */
export class Problems {
  readonly items: Problem[] = [];
  get list(): string[] {
    return this.items.map(formatProblem);
  }
  add(file: string, field: string, message: string): void {
    this.items.push({ file, field, message });
  }
  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentValidationError(this.list);
  }
}

/** zod's wording, put the way an author thinks of it. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    return /received undefined/.test(issue.message)
      ? 'missing required field (нет обязательного поля)'
      : `wrong type (неверный тип): expected ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
  }
  return issue.message;
}

/** Parses each document with the schema; failing documents add their problems and are left out. */
export function parseAll<S extends z.ZodType>(docs: readonly unknown[], schema: S, problems: Problems): z.infer<S>[] {
  const parsed: z.infer<S>[] = [];
  for (const doc of docs) {
    const result = schema.safeParse(doc);
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues) problems.add(sourcePathOf(doc), fieldOf(issue.path), messageOf(issue));
  }
  return parsed;
}

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
    html: d.body.html,
    sourcePath: `content/${d._raw.sourceFilePath}`,
  };
}

export function byNewestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
