import { z } from 'zod';
import { routing } from '@/i18n/routing';

/** Slugs and ids: lowercase Latin letters, digits and single hyphens — safe in every URL. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase Latin letters, digits and hyphens (e.g. "jana-koalitsiya")');

const isoInstant = z.iso.datetime({ offset: true, message: 'must be a date such as 2026-02-13' });

/** The shape Contentlayer generates for a news file, as far as the app relies on it. */
export const newsDocumentSchema = z.object({
  _raw: z.object({ sourceFilePath: z.string() }),
  title: z.string().trim().min(1, 'must not be empty'),
  summary: z.string().trim().min(1, 'must not be empty'),
  date: isoInstant,
  updated: isoInstant.optional(),
  people: z.array(slugSchema).default([]),
  parties: z.array(slugSchema).default([]),
  slug: slugSchema.refine((s) => s !== 'page', '"page" is reserved for the list pages'),
  locale: z.enum(routing.locales, {
    message: `the file name must be one of ${routing.locales.map((l) => `${l}.md`).join(', ')}`,
  }),
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
  html: string;
  /** Path below content/, for error messages and "edit this page" links. */
  sourcePath: string;
};

export class ContentValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentValidationError';
  }
}

function sourcePathOf(doc: unknown): string {
  const raw = (doc as { _raw?: { sourceFilePath?: unknown } } | null)?._raw;
  return typeof raw?.sourceFilePath === 'string' ? `content/${raw.sourceFilePath}` : 'content/(unknown file)';
}

function fieldOf(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path;
  if (first === undefined) return '(document)';
  // Contentlayer derives slug and locale from the path, so the author fixes the path, not a field.
  if (first === 'slug') return 'folder name (slug)';
  if (first === 'locale') return 'file name (locale)';
  return [String(first), ...rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
}

/** Validates every generated news document; throws one error listing every problem with file and field. */
export function parseNewsDocuments(docs: readonly unknown[]): Article[] {
  const problems: string[] = [];
  const articles: Article[] = [];
  for (const doc of docs) {
    const result = newsDocumentSchema.safeParse(doc);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${sourcePathOf(doc)}: field "${fieldOf(issue.path)}": ${issue.message}`);
      }
      continue;
    }
    const d = result.data;
    articles.push({
      slug: d.slug,
      locale: d.locale,
      title: d.title,
      summary: d.summary,
      date: d.date,
      updated: d.updated ?? d.date,
      people: d.people,
      parties: d.parties,
      html: d.body.html,
      sourcePath: sourcePathOf(doc),
    });
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return articles.sort(byNewestFirst);
}

export function byNewestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
