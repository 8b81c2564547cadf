import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { type Document, isMap, LineCounter, parseDocument } from 'yaml';
import { type FoundPhoto, renderMarkdown } from '@/lib/content/markdown';
import { type ContentType, contentTypes } from '@/lib/content/schema';
import type { RawCollections } from '@/lib/content/validate';
import type { PhotoLookup } from '@/lib/photos/manifest';
import { photoExtensions } from '@/lib/photos/variants';
import { type FileProblem, tell } from './messages';
import { yamlErrorMessage } from './yaml-errors';

/*
 * Reads content/ into the documents the build validates (fields as written, plus what the path
 * gives: lib/content/schema.ts), keeping what only an author needs: the line of every field, and
 * every file, even one Contentlayer would stop at. `npm run content:check` reports from it.
 */

export type SourceFile = {
  /** Path as written in messages, e.g. "content/news/x/index.kk.md". */
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
  /** For markdown: the photos in the body, with their lines in the file. */
  photos?: FoundPhoto[];
};

export type ContentFiles = {
  raw: RawCollections;
  files: Map<string, SourceFile>;
  /** Photo files in the content folders (beside the articles), by path below content/. */
  photoFiles: string[];
  /** The translations of each article that exist as files, whether they could be read or not. */
  translationsOnDisk: Map<string, Set<string>>;
  /** Problems found while reading (syntax, unknown files): they come first in the report. */
  problems: FileProblem[];
};

function parseYaml(file: SourceFile, yamlText: string, problems: FileProblem[]): Record<string, unknown> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  file.yaml = doc;
  file.lineCounter = lineCounter;
  const [first] = doc.errors;
  if (first) {
    const { line, message } = yamlErrorMessage(
      first,
      lineCounter.linePos(first.pos[0]).line,
      yamlText,
      file.yamlStartLine,
    );
    problems.push({ file: file.path, line, message });
    return undefined;
  }
  if (!isMap(doc.contents)) {
    problems.push({ file: file.path, line: file.yamlStartLine, message: tell.notFields() });
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

/** What each folder holds, for the message about a file that does not belong there. */
const holds: Record<string, string> = {
  news: '<slug>/index.kk.md, <slug>/index.ru.md',
  coalition: 'coalition.yaml',
};
const isPhoto = (path: string) => (photoExtensions as readonly string[]).includes(extname(path).toLowerCase());

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export async function readContentFiles(contentDir: string, photos?: PhotoLookup): Promise<ContentFiles> {
  const files = new Map<string, SourceFile>();
  const problems: FileProblem[] = [];
  const photoFiles: string[] = [];
  const translationsOnDisk = new Map<string, Set<string>>();
  const collected = Object.fromEntries(types.map(({ key }) => [key, [] as unknown[]])) as Record<
    keyof RawCollections,
    unknown[]
  >;

  for (const path of listFiles(contentDir)) {
    const rel = relative(contentDir, path).split('\\').join('/');
    if (rel === 'README.md') continue;
    // Photos beside an article or an event are the photo build's; the check looks at them through those.
    if (/^(news|events)\//.test(rel) && isPhoto(rel)) {
      photoFiles.push(rel);
      continue;
    }
    const file: SourceFile = { path: `content/${rel}`, text: readFileSync(path, 'utf8'), yamlStartLine: 1 };
    files.set(file.path, file);
    const match = types.find((t) => t.matches.test(rel));
    if (!match) {
      const dir = types.find((t) => rel.startsWith(`${t.type.dir}/`))?.type.dir;
      const where = dir ? `content/${dir}/` : 'content/';
      const what = dir ? (holds[dir] ?? '<id>.yaml') : types.map((t) => `${t.type.dir}/`).join(', ');
      problems.push({ file: file.path, line: 1, message: tell.unexpectedFile(where, what) });
      continue;
    }
    const fromPath = Object.fromEntries(Object.entries(match.type.fromPath).map(([name, f]) => [name, f.resolve(rel)]));
    if (match.key === 'news') {
      const { slug = '', locale = '' } = fromPath;
      translationsOnDisk.set(slug, new Set([...(translationsOnDisk.get(slug) ?? []), locale]));
    }
    let yamlText = file.text;
    let body: { raw: string; html: string } | undefined;
    if (match.type.kind === 'markdown') {
      const frontmatter = FRONTMATTER.exec(file.text);
      if (!frontmatter) {
        problems.push({ file: file.path, line: 1, message: tell.noFrontmatter() });
        continue;
      }
      yamlText = frontmatter[1] ?? '';
      file.yamlStartLine = 2;
      const bodyText = file.text.slice(frontmatter[0].length);
      file.body = { text: bodyText, startLine: frontmatter[0].split('\n').length };
      const rendered = await renderMarkdown(file.text, { sourceFilePath: rel, photos });
      file.photos = rendered.photos;
      body = { raw: bodyText, html: rendered.html };
    }
    const data = parseYaml(file, yamlText, problems);
    if (!data) continue;
    collected[match.key].push({ ...data, _raw: { sourceFilePath: rel }, ...fromPath, ...(body ? { body } : {}) });
  }

  const raw: RawCollections = { ...collected, coalition: collected.coalition[0] };
  return { raw, files, photoFiles, translationsOnDisk, problems };
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
    const range = node?.range;
    if (range) return file.lineCounter.linePos(range[0]).line + file.yamlStartLine - 1;
  }
  return file.yamlStartLine;
}
