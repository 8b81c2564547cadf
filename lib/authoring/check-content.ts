import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Html, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import sharp from 'sharp';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import type { Message } from '@/lib/content/messages';
import { type Problem } from '@/lib/content/problems';
import { contentTypes } from '@/lib/content/schema';
import { type PageAddress, pageFinder } from '@/lib/content/site-pages';
import { paragraphsOf } from '@/lib/content/source-text';
import { checkSiteContent, type SiteContent } from '@/lib/content/validate';
import { type PhotoFolders, photoKey, resolvePhotoSource } from '@/lib/photos/sources';
import { MAX_PHOTO_BYTES, photoExtensions, shareCrop } from '@/lib/photos/variants';
import { lineOfField, readContentFiles, type SourceFile } from './content-files';
import { type FileProblem, tell } from './messages';
import { cyrillicWords, findMixedWords } from './mixed-script';

/*
 * `npm run content:check`: every problem in content/, in one pass, each at its line, in Kazakh and
 * Russian. It runs the build's own checks (lib/content/validate.ts) on the files as written, then
 * those only an author needs: unknown fields, mixed-script words, links, photos and raw HTML.
 */

type JsonSchema = { properties?: Record<string, JsonSchema>; items?: JsonSchema; $ref?: string };

/** What each content type's files may hold, as JSON Schema (the same zod schemas the build uses). */
const fileSchemas = new Map<string, { schema: JsonSchema; defs: Record<string, JsonSchema> }>(
  Object.values(contentTypes).map((type) => {
    const schema = z.toJSONSchema(type.fields, { io: 'input', unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    return [type.dir, { schema, defs: schema.$defs ?? {} }];
  }),
);

/** Fields the content type does not declare ("extra fields"), as paths like "roles[0].name". */
function unknownFields(value: unknown, schema: JsonSchema, defs: Record<string, JsonSchema>, prefix = ''): string[] {
  const resolved = schema.$ref ? (defs[schema.$ref.replace('#/$defs/', '')] ?? {}) : schema;
  if (Array.isArray(value)) {
    const items = resolved.items;
    return items ? value.flatMap((item, i) => unknownFields(item, items, defs, `${prefix}[${i}]`)) : [];
  }
  if (typeof value !== 'object' || value === null || !resolved.properties) return [];
  const properties = resolved.properties;
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    const property = properties[key];
    return property ? unknownFields(child, property, defs, path) : [path];
  });
}

const DANGEROUS_HTML = /<\s*(script|iframe|object|embed|style|form|input|button)\b|\son[a-z]+\s*=|javascript:/i;
const GENERATED_FILES =
  /^\/((kk|ru)\/(feed\.xml|events\.ics|events\/([a-z0-9-]+|district\/[a-z0-9-]+)\/calendar\.ics)|data\/[a-z]+\.[a-z]+|sitemap\.xml|robots\.txt)$/;

type Report = (line: number, message: Message, severity?: FileProblem['severity']) => void;

type Known = {
  findPage: (path: string) => PageAddress | undefined;
  paragraphsAt: (page: PageAddress) => Map<number, string> | undefined;
};

function checkLinks(file: SourceFile, own: PageAddress | undefined, known: Known, publicDir: string, report: Report) {
  const tree = unified().use(remarkFrontmatter).use(remarkParse).use(remarkGfm).parse(file.text) as Root;
  const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

  const checkAnchor = (path: string, anchor: string, line: number) => {
    const n = /^p-(\d+)$/.exec(anchor)?.[1];
    if (!n) return;
    const target = path === '' ? own : known.findPage(path);
    const paragraphs = target === undefined ? undefined : known.paragraphsAt(target);
    if (paragraphs && !paragraphs.has(Number(n))) report(line, tell.linkNoParagraph(path || undefined, n));
  };

  // The visitor returns nothing: unist-util-visit reads a returned number as "skip to index".
  visit(tree, 'link', (node: Link) => {
    const line = lineOf(node);
    const url = node.url.trim();
    if (/^javascript:/i.test(url)) return void report(line, tell.linkScript(url));
    if (/^(https?:|mailto:|tel:)/i.test(url)) return;
    if (url.startsWith('#')) return void checkAnchor('', url.slice(1), line);
    if (!url.startsWith('/') || url.startsWith('//')) return void report(line, tell.linkRelative(url));
    const [path = '', anchor = ''] = url.split(/[?#]/);
    const clean = path.replace(/\/$/, '') || '/';
    const isFile = GENERATED_FILES.test(clean) || existsSync(join(publicDir, clean));
    if (!known.findPage(clean) && !isFile) return void report(line, tell.linkNoPage(clean));
    if (url.includes('#')) checkAnchor(clean, anchor, line);
  });

  visit(tree, 'html', (node: Html) => {
    if (DANGEROUS_HTML.test(node.value)) report(lineOf(node), tell.rawHtml(node.value.trim().slice(0, 60)));
  });

  if (!toString(tree).trim() && !/^draft:\s*true\s*$/m.test(file.text) && file.body) {
    report(file.body.startLine, tell.noText());
  }
}

/** Whether a file is a photo the build can read: its bytes, not its name, decide. */
async function readable(file: string): Promise<{ width: number; height: number } | undefined> {
  const head = readFileSync(file).subarray(0, 12);
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') return { width: Infinity, height: Infinity }; // HEIC: libheif reads it
  try {
    const meta = await sharp(file).metadata();
    const turned = (meta.orientation ?? 1) >= 5;
    return meta.width && meta.height
      ? { width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height }
      : undefined;
  } catch {
    return undefined;
  }
}

/** A photo an article names: that the file is there, is a photo, and is not too large; a lead photo's size. */
async function checkPhoto(
  url: string,
  docPath: string,
  folders: PhotoFolders,
  lead: boolean,
  report: (m: Message, severity?: FileProblem['severity']) => void,
) {
  const source = resolvePhotoSource(url, docPath, folders);
  if (!source.ok) {
    if (source.reason === 'other-site') report(tell.photoOtherSite(url));
    else if (source.reason === 'not-a-photo') report(tell.photoNotAPhoto(url));
    else report(tell.photoMissing(url));
    return undefined;
  }
  if (!existsSync(source.file)) return void report(tell.photoMissing(relative(process.cwd(), source.file)));
  const size = statSync(source.file).size;
  if (size > MAX_PHOTO_BYTES) return void report(tell.photoTooBig(Math.round(size / 2 ** 20)));
  const dimensions = await readable(source.file);
  if (!dimensions) return void report(tell.photoUnreadable());
  if (lead && (dimensions.width < shareCrop.width || dimensions.height < shareCrop.height)) {
    report(tell.photoSmallForShare(dimensions.width, dimensions.height), 'warning');
  }
  return source.key;
}

function checkMixedScript(
  file: SourceFile,
  dictionary: ReadonlySet<string>,
  report: (line: number, message: Message, column: number) => void,
) {
  file.text.split('\n').forEach((text, i) => {
    // Keys and addresses are Latin by design: look at the words people read.
    const readableText = text
      .replace(/^(\s*-?\s*)[A-Za-z_][\w-]*:(\s|$)/, (m) => ' '.repeat(m.length))
      .replace(/\]\([^)]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length));
    for (const w of findMixedWords(readableText, dictionary)) {
      report(i + 1, tell.mixedScript(w.word, w.latin, w.suggestion), w.column);
    }
  });
}

function listPhotos(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listPhotos(path);
    return (photoExtensions as readonly string[]).some((ext) => entry.name.toLowerCase().endsWith(ext)) ? [path] : [];
  });
}

export async function checkContentDir(
  contentDir: string,
  publicDir: string,
): Promise<{ problems: FileProblem[]; content?: SiteContent }> {
  const folders = { contentDir, publicDir };
  const { raw, files, photoFiles, translationsOnDisk, problems } = await readContentFiles(contentDir);
  const add = (
    file: string,
    line: number,
    message: Message,
    severity?: FileProblem['severity'],
    column?: number,
    field?: string,
  ) => {
    problems.push({ file, line, column, message, severity, field });
  };
  // A file that could not be read has been reported: nothing more about it makes sense.
  const unreadable = new Set(problems.map((p) => p.file));

  // The build's own checks, drafts included: a draft must be correct before it is published.
  const { content, problems: contentProblems } = checkSiteContent(raw, { includeDrafts: true, translationsOnDisk });
  for (const p of contentProblems.items as Problem[]) {
    add(
      p.file,
      lineOfField(files.get(p.file), p.field),
      p.message,
      p.severity ?? 'error',
      undefined,
      p.field || undefined,
    );
  }

  for (const file of files.values()) {
    const type = fileSchemas.get(file.path.split('/')[1] ?? '');
    if (type && file.data) {
      for (const field of unknownFields(file.data, type.schema, type.defs)) {
        add(file.path, lineOfField(file, field), tell.unknownField(), 'error', undefined, field);
      }
    }
  }

  const slugsByLowercase = new Map<string, Set<string>>();
  for (const slug of translationsOnDisk.keys()) {
    const key = slug.toLowerCase().replace(/_/g, '-');
    slugsByLowercase.set(key, new Set([...(slugsByLowercase.get(key) ?? []), slug]));
  }
  for (const variants of slugsByLowercase.values()) {
    if (variants.size > 1)
      for (const slug of variants) add(`content/news/${slug}`, 1, tell.duplicateSlug([...variants]));
  }

  const dictionary = cyrillicWords([...files.values()].map((f) => f.text).join('\n'));
  for (const file of files.values()) {
    checkMixedScript(file, dictionary, (line, message, column) => add(file.path, line, message, 'error', column));
  }

  // Photos: those the articles show, then those nobody shows.
  const shown = new Set<string>();
  const htmlOf = new Map(
    (raw.news as { _raw: { sourceFilePath: string }; body?: { html: string } }[]).map((d) => [
      d._raw.sourceFilePath,
      d.body?.html,
    ]),
  );
  for (const file of files.values()) {
    if (unreadable.has(file.path)) continue;
    const docPath = file.path.replace(/^content\//, '');
    for (const photo of file.photos ?? []) {
      const line = photo.line ?? file.yamlStartLine;
      if (!photo.alt.trim()) add(file.path, line, tell.photoNoAlt());
      if (!photo.credit) add(file.path, line, tell.photoNoCredit());
      const key = await checkPhoto(photo.url, docPath, folders, false, (m, s) => add(file.path, line, m, s));
      if (key) shown.add(key);
    }
    const eventPhotos = file.path.startsWith('content/events/')
      ? (file.data?.photos as { src?: unknown }[] | undefined)
      : undefined;
    for (const [i, photo] of (Array.isArray(eventPhotos) ? eventPhotos : []).entries()) {
      if (typeof photo?.src !== 'string') continue;
      const field = `photos[${i}].src`;
      const line = lineOfField(file, field);
      const key = await checkPhoto(photo.src, docPath, folders, false, (m, s) =>
        add(file.path, line, m, s, undefined, field),
      );
      if (key) shown.add(key);
    }
    const lead = (file.data?.image as { src?: unknown } | undefined)?.src;
    if (typeof lead === 'string') {
      const line = lineOfField(file, 'image.src');
      const key = await checkPhoto(lead, docPath, folders, true, (m, s) =>
        add(file.path, line, m, s, undefined, 'image.src'),
      );
      if (key) shown.add(key);
    }
    // What markdown could not read shows on the page as it is written.
    const html = htmlOf.get(docPath) ?? '';
    if (html.includes('![')) {
      const read = new Set((file.photos ?? []).map((p) => p.line));
      const start = file.body?.startLine ?? 1;
      const line =
        file.text.split('\n').findIndex((l, i) => i + 1 >= start && !read.has(i + 1) && l.includes('![')) + 1;
      add(file.path, line || 1, tell.rawMarkdown());
    }
  }
  for (const path of [...photoFiles.map((rel) => join(contentDir, rel)), ...listPhotos(join(publicDir, 'images'))]) {
    if (!shown.has(photoKey(path))) add(relative(process.cwd(), path), 1, tell.photoUnused(), 'warning');
  }

  if (content) {
    const findPage = pageFinder(content);
    const key = ({ locale, href }: PageAddress) => `${locale}${href}`;
    const articleAt = new Map(content.articles.map((a) => [key({ locale: a.locale, href: `/news/${a.slug}` }), a]));
    const pageOfSource = new Map(
      content.articles.map((a) => [a.sourcePath, { locale: a.locale, href: `/news/${a.slug}` }]),
    );
    // Paragraphs are read only for articles that links point into, once each.
    const paragraphCache = new Map<string, Map<number, string> | undefined>();
    const paragraphsAt = (page: PageAddress) => {
      if (!paragraphCache.has(key(page))) {
        const html = articleAt.get(key(page))?.html;
        paragraphCache.set(key(page), html === undefined ? undefined : paragraphsOf(html));
      }
      return paragraphCache.get(key(page));
    };
    for (const file of files.values()) {
      if (!file.body || unreadable.has(file.path)) continue;
      checkLinks(file, pageOfSource.get(file.path), { findPage, paragraphsAt }, publicDir, (line, message, severity) =>
        add(file.path, line, message, severity),
      );
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { problems, content };
}
