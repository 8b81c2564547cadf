import type { z } from 'zod';
import { routing } from '@/i18n/routing';
import { fieldWords, issueMessage, type Message, say } from './messages';

/*
 * What is wrong with the content, file by file and field by field, in Kazakh and Russian
 * (lib/content/messages.ts). The build stops on any; `content:check` adds the line of each field.
 */

export type Severity = 'error' | 'warning';

export type Problem = { file: string; field: string; message: Message; severity?: 'warning' };

/** One thing a check found, at its line: where, how bad, and what to do (content:check's report). */
export type FileProblem = {
  file: string;
  line: number;
  column?: number;
  /** The field the message is about, as the checks name it ("people[1]"), where there is one. */
  field?: string;
  message: Message;
  severity?: Severity;
};

/** The field as the author knows it: the folder or file name where the path gives it. */
export function fieldLabel(field: string): Message {
  if (field === 'slug') return { kk: 'қалта аты', ru: 'имя папки' };
  if (field === 'locale' || field === 'id') return { kk: 'файл аты', ru: 'имя файла' };
  if (field === '') return { kk: 'файл', ru: 'файл' };
  return fieldWords(field);
}

export function formatProblem({ file, field, message }: Problem): string {
  const label = fieldLabel(field);
  return `${file}: ${label.kk}: ${message.kk} / ${label.ru}: ${message.ru}`;
}

export class ContentValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content is invalid / Мазмұнда қате бар / В содержимом ошибки (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentValidationError';
  }
}

/** Collects problems, each with its file and field. */
export class Problems {
  readonly items: Problem[] = [];
  get list(): string[] {
    return this.items.map(formatProblem);
  }
  add(file: string, field: string, message: Message): void {
    this.items.push({ file, field, message });
  }
  /** Worth the author's attention, but nothing a reader would see broken: the build goes on. */
  warn(file: string, field: string, message: Message): void {
    this.items.push({ file, field, message, severity: 'warning' });
  }
  get errors(): Problem[] {
    return this.items.filter((p) => p.severity !== 'warning');
  }
  throwIfAny(): void {
    if (this.errors.length > 0) throw new ContentValidationError(this.errors.map(formatProblem));
  }
}

export function sourcePathOf(doc: unknown): string {
  const rawPath = (doc as { _raw?: { sourceFilePath?: unknown } } | null)?._raw?.sourceFilePath;
  return typeof rawPath === 'string' ? `content/${rawPath}` : 'content/(unknown file)';
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

/**
 * A field left empty (`updated:`, or `updated: null` as the web editor writes it) is a field not
 * given: YAML reads both as null, and the content types know only "given" or "not given".
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutEmpty(v)]),
  );
}

/** Parses each document with the schema; failing documents add their problems and are left out. */
export function parseAll<S extends z.ZodType>(docs: readonly unknown[], schema: S, problems: Problems): z.infer<S>[] {
  const parsed: z.infer<S>[] = [];
  for (const doc of docs) {
    const result = schema.safeParse(withoutEmpty(doc));
    if (result.success) parsed.push(result.data);
    else
      for (const issue of result.error.issues) {
        // A field the kind does not have: one message for each, at its own line.
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) problems.add(sourcePathOf(doc), fieldOf([...issue.path, key]), say.unknownField());
          continue;
        }
        const message = issue.path[0] === 'locale' ? say.localeFile(routing.locales) : issueMessage(issue);
        problems.add(sourcePathOf(doc), fieldOf(issue.path), message);
      }
  }
  return parsed;
}
