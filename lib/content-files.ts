import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import type { RawCollections } from './content-checks';
import { SITE_TIME_ZONE } from './dates';
import { renderMarkdown } from './markdown';

/*
 * Reads content/ the way Contentlayer does, but keeps what an author needs in an error message:
 * the line of every field. `npm run content:check` uses it to report every problem at once.
 */

export type SourceFile = {
  /** Path as written in messages, e.g. "content/news/x/kk.md". */
  path: string;
  text: string;
  /** 1-based line where the YAML starts (2 for markdown frontmatter, 1 for .yaml files). */
  yamlStartLine: number;
  yaml?: Document;
  /** The YAML as data, when it parsed. */
  data?: Record<string, unknown>;
  lineCounter?: LineCounter;
  /** For markdown: the body and the line it starts on. */
  body?: { text: string; startLine: number };
};

export type FileProblem = { file: string; line: number; column?: number; message: string };

export type ContentFiles = {
  raw: RawCollections;
  files: Map<string, SourceFile>;
  /** Problems found while reading (syntax, unknown files): they come first in the report. */
  problems: FileProblem[];
};

const collections = {
  news: { dir: 'news', type: 'News' },
  parties: { dir: 'parties', type: 'Party' },
  people: { dir: 'people', type: 'Person' },
  figures: { dir: 'figures', type: 'Figure' },
  events: { dir: 'events', type: 'Event' },
} as const;

/** "2026-02-13" read as midnight in Kyzylorda, as Contentlayer does with date.timezone. */
export function dayToInstant(day: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const guess = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(guess.getTime()) || guess.toISOString().slice(0, 10) !== day) return undefined;
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: SITE_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? '');
  const minutes = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
  return new Date(guess.getTime() - minutes * 60_000).toISOString();
}

function normalizeDate(value: unknown): unknown {
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? value
      : (dayToInstant(value.toISOString().slice(0, 10)) ?? value.toISOString());
  if (typeof value !== 'string') return value;
  const day = dayToInstant(value);
  if (day) return day;
  const instant = new Date(value);
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(instant.getTime()) ? instant.toISOString() : value;
}

function parseYaml(file: SourceFile, yamlText: string, problems: FileProblem[]): Record<string, unknown> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  file.yaml = doc;
  file.lineCounter = lineCounter;
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    problems.push({
      file: file.path,
      line: (pos?.line ?? 1) + file.yamlStartLine - 1,
      column: pos?.col,
      message: `malformed YAML (ошибка в YAML): ${error.message.split('\n')[0]}`,
    });
  }
  if (doc.errors.length > 0) return undefined;
  if (!isMap(doc.contents)) {
    problems.push({
      file: file.path,
      line: file.yamlStartLine,
      message: 'expected "field: value" lines (поля в формате "поле: значение")',
    });
    return undefined;
  }
  file.data = doc.toJS({ maxAliasCount: 10 }) as Record<string, unknown>;
  return file.data;
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

const dateFields = new Set(['date', 'updated', 'founded']);

function withDates(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, dateFields.has(k) ? normalizeDate(v) : v]));
}

export async function readContentFiles(contentDir: string): Promise<ContentFiles> {
  const files = new Map<string, SourceFile>();
  const problems: FileProblem[] = [];
  const raw: {
    -readonly [K in keyof RawCollections]: RawCollections[K] extends readonly unknown[] ? unknown[] : unknown;
  } = {
    news: [],
    parties: [],
    people: [],
    figures: [],
    events: [],
    coalition: undefined,
  };
  const display = (path: string) => `content/${relative(contentDir, path).split('\\').join('/')}`;
  const known = new Set<string>();

  for (const path of listFiles(join(contentDir, 'news'))) {
    known.add(path);
    const rel = relative(join(contentDir, 'news'), path).split(/[\\/]/);
    const file: SourceFile = { path: display(path), text: readFileSync(path, 'utf8'), yamlStartLine: 2 };
    files.set(file.path, file);
    if (rel.length !== 2 || !path.endsWith('.md')) {
      problems.push({
        file: file.path,
        line: 1,
        message: 'unexpected file: articles are content/news/<slug>/kk.md and ru.md (ожидается kk.md или ru.md)',
      });
      continue;
    }
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(file.text);
    if (!match) {
      problems.push({
        file: file.path,
        line: 1,
        message:
          'no frontmatter: the file must start with a "---" line, the fields, and another "---" (нет блока --- в начале файла)',
      });
      continue;
    }
    const data = parseYaml(file, match[1] ?? '', problems);
    const bodyText = file.text.slice(match[0].length);
    file.body = { text: bodyText, startLine: match[0].split('\n').length };
    if (!data) continue;
    const [slug = '', name = ''] = rel;
    raw.news.push({
      ...withDates(data),
      _raw: { sourceFilePath: `news/${slug}/${name}` },
      slug,
      locale: name.replace(/\.md$/, ''),
      body: { raw: bodyText, html: await renderMarkdown(bodyText) },
    });
  }

  for (const [key, { dir }] of Object.entries(collections)) {
    if (key === 'news') continue;
    for (const path of listFiles(join(contentDir, dir))) {
      known.add(path);
      const file: SourceFile = { path: display(path), text: readFileSync(path, 'utf8'), yamlStartLine: 1 };
      files.set(file.path, file);
      const name = relative(join(contentDir, dir), path);
      if (!/^[^/\\]+\.ya?ml$/.test(name)) {
        problems.push({ file: file.path, line: 1, message: `unexpected file: content/${dir}/ holds <id>.yaml files` });
        continue;
      }
      const data = parseYaml(file, file.text, problems);
      if (!data) continue;
      (raw[key as keyof typeof raw] as unknown[]).push({
        ...withDates(data),
        _raw: { sourceFilePath: `${dir}/${name}` },
        id: name.replace(/\.ya?ml$/, ''),
      });
    }
  }

  const coalitionPath = join(contentDir, 'coalition', 'coalition.yaml');
  for (const path of listFiles(join(contentDir, 'coalition'))) {
    known.add(path);
    if (path !== coalitionPath)
      problems.push({
        file: display(path),
        line: 1,
        message: 'unexpected file: content/coalition/ holds coalition.yaml only',
      });
  }
  if (existsSync(coalitionPath)) {
    const file: SourceFile = {
      path: display(coalitionPath),
      text: readFileSync(coalitionPath, 'utf8'),
      yamlStartLine: 1,
    };
    files.set(file.path, file);
    const data = parseYaml(file, file.text, problems);
    if (data) raw.coalition = { ...withDates(data), _raw: { sourceFilePath: 'coalition/coalition.yaml' } };
  }

  for (const path of listFiles(contentDir)) {
    if (known.has(path) || relative(contentDir, path) === 'README.md') continue;
    problems.push({
      file: display(path),
      line: 1,
      message: 'unexpected file: content/ holds news/, parties/, people/, figures/, events/ and coalition/',
    });
  }

  return { raw: raw as RawCollections, files, problems };
}

/** The line of a field ("roles[0].kk") in its file; the start of the YAML when the field is absent. */
export function lineOfField(file: SourceFile | undefined, field: string): number {
  if (!file?.yaml || !file.lineCounter) return file?.yamlStartLine ?? 1;
  const path = field
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== '')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  for (let depth = path.length; depth > 0; depth--) {
    const node = file.yaml.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    const pair = depth === path.length ? node : undefined;
    const range = (pair ?? node)?.range;
    if (range) return file.lineCounter.linePos(range[0]).line + file.yamlStartLine - 1;
  }
  return file.yamlStartLine;
}
