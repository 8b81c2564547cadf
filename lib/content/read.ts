import { readFileSync } from 'node:fs';
import { extname, relative } from 'node:path';
import type { Image, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { type Document, isMap, LineCounter, parseDocument } from 'yaml';
import type { PhotoLookup } from '@/lib/photos/manifest';
import { photoExtensions } from '@/lib/photos/variants';
import type { Field, FieldShape } from './fields';
import type { RawDocument } from './kind';
import { type KindKey, kindList } from './kinds';
import { type FoundPhoto, remarkLooseImages, renderMarkdown } from './markdown';
import { say } from './messages';
import type { FileProblem } from './problems';
import { yamlErrorMessage } from './yaml-errors';
import { filesBelow } from '@/lib/files';

/*
 * The one reader of content/: each file of each kind (lib/content/kinds) read into the document its
 * kind's schema checks, with what only the messages need kept beside it (the line of every field).
 * `content:check`, the photo build and the build's content step all read through here, and the pages
 * read the documents it wrote (lib/content/documents.ts): the README says why.
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
  /** For markdown, once rendered: the photos in the body, with their lines in the file. */
  photos?: FoundPhoto[];
  kind?: KindKey;
};

export type ContentFiles = {
  contentDir: string;
  /** The documents of each kind as the files give them (markdown bodies once rendered). */
  raw: Record<KindKey, RawDocument[]>;
  files: Map<string, SourceFile>;
  /** Photo files in the content folders (beside the entries), by path below content/. */
  photoFiles: string[];
  /** The files of each translated entry that exist, read or not: id → languages. */
  filesOnDisk: Map<string, Set<string>>;
  /** Problems found while reading (syntax, files in the wrong place): they come first in a report. */
  problems: FileProblem[];
};

function parseYaml(file: SourceFile, yamlText: string, problems: FileProblem[]): Record<string, unknown> | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  file.yaml = doc;
  file.lineCounter = lineCounter;
  const [first] = doc.errors;
  if (first) {
    const { line, message } = yamlErrorMessage(first, lineCounter.linePos(first.pos[0]).line, yamlText, file.yamlStartLine);
    problems.push({ file: file.path, line, message });
    return undefined;
  }
  if (!isMap(doc.contents)) {
    problems.push({ file: file.path, line: file.yamlStartLine, message: say.notFields() });
    return undefined;
  }
  file.data = doc.toJS({ maxAliasCount: 10 }) as Record<string, unknown>;
  return file.data;
}

const listFiles = (dir: string) => filesBelow(dir);

/** A kind's file pattern ("news/<dir>/<file>.md" written with stars) as a test for a path below content/. */
export function patternTest(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.]/g, '\\.')).join('[^/]+')}$`);
}

const matchers = kindList.map((kind) => ({ kind, test: patternTest(kind.files.pattern) }));
const isPhoto = (path: string) => (photoExtensions as readonly string[]).includes(extname(path).toLowerCase());
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads every file of content/ (markdown bodies are rendered by `renderBodies`, once the photos are made). */
export function readContentFiles(contentDir: string): ContentFiles {
  const files = new Map<string, SourceFile>();
  const problems: FileProblem[] = [];
  const photoFiles: string[] = [];
  const filesOnDisk = new Map<string, Set<string>>();
  const raw = Object.fromEntries(kindList.map((k) => [k.key, [] as RawDocument[]])) as Record<KindKey, RawDocument[]>;

  for (const path of listFiles(contentDir)) {
    const rel = relative(contentDir, path).split('\\').join('/');
    if (rel === 'README.md') continue;
    // Photos beside an entry are the photo build's; the checks look at them through the entries.
    if (isPhoto(rel) && kindList.some((k) => rel.startsWith(`${k.files.dir}/`))) {
      photoFiles.push(rel);
      continue;
    }
    const file: SourceFile = { path: `content/${rel}`, text: readFileSync(path, 'utf8'), yamlStartLine: 1 };
    files.set(file.path, file);
    const kind = matchers.find((m) => m.test.test(rel))?.kind;
    if (!kind) {
      const owner = kindList.find((k) => rel.startsWith(`${k.files.dir}/`));
      const where = owner ? `content/${owner.files.dir}/` : 'content/';
      const what = owner ? owner.files.holds : kindList.map((k) => `${k.files.dir}/`).join(', ');
      problems.push({ file: file.path, line: 1, message: say.unexpectedFile(where, what) });
      continue;
    }
    file.kind = kind.key;
    const fromPath = Object.fromEntries(Object.entries(kind.path).map(([name, f]) => [name, f.resolve(rel)]));
    if (kind.files.translated) {
      const id = kind.path.slug ? (fromPath.slug ?? '') : (fromPath.id ?? '');
      filesOnDisk.set(id, new Set([...(filesOnDisk.get(id) ?? []), fromPath.locale ?? '']));
    }
    let yamlText = file.text;
    if (kind.files.markdown) {
      const frontmatter = FRONTMATTER.exec(file.text);
      if (!frontmatter) {
        problems.push({ file: file.path, line: 1, message: say.noFrontmatter() });
        continue;
      }
      yamlText = frontmatter[1] ?? '';
      file.yamlStartLine = 2;
      file.body = { text: file.text.slice(frontmatter[0].length), startLine: frontmatter[0].split('\n').length };
    }
    const data = parseYaml(file, yamlText, problems);
    if (!data) continue;
    const body = file.body ? { body: { raw: file.body.text, html: '' } } : {};
    raw[kind.key].push({ ...data, _raw: { sourceFilePath: rel }, ...fromPath, ...body });
  }
  return { contentDir, raw, files, photoFiles, filesOnDisk, problems };
}

/** Reads a content folder and renders its markdown: what the checks and the tests read. */
export async function readContent(contentDir: string, photos?: PhotoLookup): Promise<ContentFiles> {
  const content = readContentFiles(contentDir);
  await renderBodies(content, photos);
  return content;
}

/** Every markdown body as HTML, its photos as the photo build made them (`photos`), or as written. */
export async function renderBodies(content: ContentFiles, photos?: PhotoLookup): Promise<void> {
  for (const docs of Object.values(content.raw)) {
    for (const doc of docs) {
      if (!doc.body) continue;
      const path = `content/${doc._raw.sourceFilePath}`;
      const file = content.files.get(path);
      const rendered = await renderMarkdown(file?.text ?? doc.body.raw, { sourceFilePath: doc._raw.sourceFilePath, photos });
      doc.body.html = rendered.html;
      if (file) file.photos = rendered.photos;
    }
  }
}

/** A photo an entry names: in a photo field, or in the text. `lead`: the entry's share image is cut from it. */
export type PhotoReference = { url: string; docPath: string; field?: string; lead: boolean };

function photoValues(shape: FieldShape, value: unknown, path: string): { field: string; url: string }[] {
  if (value === undefined || value === null) return [];
  if (shape.type === 'photo') return typeof value === 'string' ? [{ field: path, url: value }] : [];
  if (shape.type === 'list' && Array.isArray(value)) return value.flatMap((v, i) => photoValues(shape.of, v, `${path}[${i}]`));
  if (shape.type === 'object' && typeof value === 'object')
    return shape.fields.flatMap((f: Field) => photoValues(f, (value as Record<string, unknown>)[f.name], `${path}.${f.name}`));
  return [];
}

/** Every photo the entries name, with the field (or the line of the text) that names it. */
export function photoReferences(content: ContentFiles): PhotoReference[] {
  const found: PhotoReference[] = [];
  for (const kind of kindList) {
    for (const doc of content.raw[kind.key]) {
      const docPath = doc._raw.sourceFilePath;
      for (const field of kind.described) {
        for (const { field: at, url } of photoValues(field, doc[field.name], field.name)) {
          // An article's lead photo (a photo field of its own, not in a list) is also its share image.
          found.push({ url, docPath, field: at, lead: kind.files.markdown === true && !at.includes('[') });
        }
      }
      if (doc.body && /!\[|<img/i.test(doc.body.raw)) {
        const processor = unified().use(remarkParse).use(remarkGfm).use(remarkLooseImages);
        const tree = processor.runSync(processor.parse(doc.body.raw)) as Root;
        visit(tree, 'image', (node: Image) => {
          found.push({ url: node.url, docPath, lead: false });
        });
      }
    }
  }
  return found;
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
