import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { renderMarkdown } from '@/lib/content/markdown';
import { type ContentType, contentTypes } from '@/lib/content/schema';
import type { RawCollections } from '@/lib/content/validate';

/*
 * Reads content/ into the documents the build validates (fields as written, plus what the path
 * gives: lib/content/schema.ts), keeping what only an author needs: the line of every field, and
 * every file, even one Contentlayer would stop at. `npm run content:check` reports from it.
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

/** A Contentlayer file pattern ("news/<dir>/<file>.md" written with stars) as a test for a path below content/. */
function matcher(pattern: string): RegExp {
  return new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.]/g, '\\.'))
      .join('[^/]+')}$`,
  );
}

const types = Object.entries(contentTypes).map(([key, type]) => ({
  key: key as keyof RawCollections,
  type: type as ContentType,
  matches: matcher(type.filePathPattern),
}));

/** Why a file in a content folder is not a document, for the author. */
const unexpected: Record<string, string> = {
  news: 'unexpected file: articles are content/news/<slug>/kk.md and ru.md (ожидается kk.md или ru.md)',
  coalition: 'unexpected file: content/coalition/ holds coalition.yaml only',
};
const outside = `unexpected file: content/ holds ${types.map((t) => `${t.type.dir}/`).join(', ')}`;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export async function readContentFiles(contentDir: string): Promise<ContentFiles> {
  const files = new Map<string, SourceFile>();
  const problems: FileProblem[] = [];
  const collected = Object.fromEntries(types.map(({ key }) => [key, [] as unknown[]])) as Record<
    keyof RawCollections,
    unknown[]
  >;

  for (const path of listFiles(contentDir)) {
    const rel = relative(contentDir, path).split('\\').join('/');
    if (rel === 'README.md') continue;
    const file: SourceFile = { path: `content/${rel}`, text: readFileSync(path, 'utf8'), yamlStartLine: 1 };
    files.set(file.path, file);
    const match = types.find((t) => t.matches.test(rel));
    if (!match) {
      const dir = types.find((t) => rel.startsWith(`${t.type.dir}/`))?.type.dir;
      problems.push({
        file: file.path,
        line: 1,
        message: dir ? (unexpected[dir] ?? `unexpected file: content/${dir}/ holds <id>.yaml files`) : outside,
      });
      continue;
    }
    let yamlText = file.text;
    let body: { raw: string; html: string } | undefined;
    if (match.type.kind === 'markdown') {
      const frontmatter = FRONTMATTER.exec(file.text);
      if (!frontmatter) {
        problems.push({
          file: file.path,
          line: 1,
          message:
            'no frontmatter: the file must start with a "---" line, the fields, and another "---" (нет блока --- в начале файла)',
        });
        continue;
      }
      yamlText = frontmatter[1] ?? '';
      file.yamlStartLine = 2;
      const bodyText = file.text.slice(frontmatter[0].length);
      file.body = { text: bodyText, startLine: frontmatter[0].split('\n').length };
      body = { raw: bodyText, html: await renderMarkdown(bodyText) };
    }
    const data = parseYaml(file, yamlText, problems);
    if (!data) continue;
    const fromPath = Object.fromEntries(Object.entries(match.type.fromPath).map(([name, f]) => [name, f.resolve(rel)]));
    collected[match.key].push({ ...data, _raw: { sourceFilePath: rel }, ...fromPath, ...(body ? { body } : {}) });
  }

  const raw: RawCollections = { ...collected, coalition: collected.coalition[0] };
  return { raw, files, problems };
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
