import type { z } from 'zod';

/*
 * What is wrong with the content, file by file and field by field. The build stops on the first
 * list of problems (ContentValidationError); `content:check` adds the line of each field.
 */

export type Problem = { file: string; field: string; message: string };

export function formatProblem({ file, field, message }: Problem): string {
  return `${file}: field "${field}": ${message}`;
}

export class ContentValidationError extends Error {
  constructor(readonly problems: string[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`Content is invalid (${count}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentValidationError';
  }
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

export function sourcePathOf(doc: unknown): string {
  const rawPath = (doc as { _raw?: { sourceFilePath?: unknown } } | null)?._raw?.sourceFilePath;
  return typeof rawPath === 'string' ? `content/${rawPath}` : 'content/(unknown file)';
}

function fieldOf(path: readonly PropertyKey[]): string {
  const [first, ...rest] = path;
  if (first === undefined) return '(document)';
  // These come from the path, so the author fixes the path, not a field.
  if (first === 'slug') return 'folder name (slug)';
  if (first === 'locale') return 'file name (locale)';
  if (first === 'id') return 'file name (id)';
  return [String(first), ...rest.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))].join('');
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
    else for (const issue of result.error.issues) problems.add(sourcePathOf(doc), fieldOf(issue.path), messageOf(issue));
  }
  return parsed;
}
