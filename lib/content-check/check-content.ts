import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Html, Link, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import sharp from 'sharp';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { SiteContent } from '@/lib/content/kinds';
import type { Message } from '@/lib/content/messages';
import type { FileProblem } from '@/lib/content/problems';
import {
  type ContentFiles,
  lineOfField,
  photoReferences,
  readContentFiles,
  renderBodies,
  type SourceFile,
} from '@/lib/content/read';
import { paragraphsOf } from '@/lib/content/source-text';
import { checkSiteContent } from '@/lib/content/validate';
import type { PhotoLookup } from '@/lib/photos/manifest';
import { readPhotoMetadata } from '@/lib/photos/metadata';
import { type PhotoFolders, photoKey, resolvePhotoSource } from '@/lib/photos/sources';
import { MAX_PHOTO_BYTES, photoExtensions, shareCrop } from '@/lib/photos/variants';
import { addressFinder, type PageAddress, rootFiles } from '@/lib/site/addresses';
import { path } from '@/lib/site/routes';
import { tell } from './messages';
import { cyrillicWords, findMixedWords } from './mixed-script';
import { filesBelow } from '@/lib/files';

/*
 * `npm run content:check`: every problem in content/, in one pass, each at its line, in Kazakh and
 * Russian. It runs the build's own checks (lib/content/validate.ts) on what the one reader read
 * (lib/content/read.ts), then those only an author needs: mixed-script words, links, photos and raw
 * HTML.
 */

const DANGEROUS_HTML = /<\s*(script|iframe|object|embed|style|form|input|button)\b|\son[a-z]+\s*=|javascript:/i;

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
    const isFile = rootFiles.includes(clean) || existsSync(join(publicDir, clean));
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

const listPhotos = (dir: string) =>
  filesBelow(dir, (name) => (photoExtensions as readonly string[]).some((ext) => name.toLowerCase().endsWith(ext)));

/** The problems of content that the reader has read and rendered. */
export async function checkContent(
  read: ContentFiles,
  { publicDir, photos }: { publicDir: string; photos?: PhotoLookup },
): Promise<{ problems: FileProblem[]; content?: SiteContent }> {
  const folders = { contentDir: read.contentDir, publicDir };
  const { raw, files, photoFiles, filesOnDisk } = read;
  const problems: FileProblem[] = [...read.problems];
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
  const { content, problems: contentProblems } = checkSiteContent(raw, { includeDrafts: true, filesOnDisk, photos });
  for (const p of contentProblems.items) {
    add(
      p.file,
      lineOfField(files.get(p.file), p.field),
      p.message,
      p.severity ?? 'error',
      undefined,
      p.field || undefined,
    );
  }

  const slugsByLowercase = new Map<string, Set<string>>();
  for (const slug of filesOnDisk.keys()) {
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

  // Photos: those the entries show (in photo fields and in their text), then those nobody shows.
  const shown = new Set<string>();
  for (const file of files.values()) {
    if (unreadable.has(file.path)) continue;
    for (const photo of file.photos ?? []) {
      const line = photo.line ?? file.yamlStartLine;
      if (!photo.alt.trim()) add(file.path, line, tell.photoNoAlt());
      if (!photo.credit) add(file.path, line, tell.photoNoCredit());
      const key = await checkPhoto(photo.url, file.path.replace(/^content\//, ''), folders, false, (m, s) =>
        add(file.path, line, m, s),
      );
      if (key) shown.add(key);
    }
  }
  for (const reference of photoReferences(read)) {
    if (!reference.field) continue;
    const file = files.get(`content/${reference.docPath}`);
    if (!file || unreadable.has(file.path)) continue;
    const line = lineOfField(file, reference.field);
    const key = await checkPhoto(reference.url, reference.docPath, folders, reference.lead, (m, s) =>
      add(file.path, line, m, s, undefined, reference.field),
    );
    if (key) shown.add(key);
  }
  for (const file of files.values()) {
    // What markdown could not read shows on the page as it is written.
    const html = Object.values(raw)
      .flat()
      .find((d) => `content/${d._raw.sourceFilePath}` === file.path)?.body?.html;
    if (html?.includes('![')) {
      const read = new Set((file.photos ?? []).map((p) => p.line));
      const start = file.body?.startLine ?? 1;
      const line =
        file.text.split('\n').findIndex((l, i) => i + 1 >= start && !read.has(i + 1) && l.includes('![')) + 1;
      add(file.path, line || 1, tell.rawMarkdown());
    }
  }
  for (const photoPath of [
    ...photoFiles.map((rel) => join(read.contentDir, rel)),
    ...listPhotos(join(publicDir, 'images')),
  ]) {
    const file = relative(process.cwd(), photoPath);
    if (readPhotoMetadata(readFileSync(photoPath)).gps) add(file, 1, tell.photoHasLocation(file));
    if (!shown.has(photoKey(photoPath))) add(file, 1, tell.photoUnused(), 'warning');
  }

  if (content) {
    const findPage = addressFinder(content);
    const key = ({ locale, href }: PageAddress) => `${locale}${href}`;
    const articlePath = (slug: string) => path('/news/[slug]', { slug });
    const articleAt = new Map(content.news.map((a) => [key({ locale: a.locale, href: articlePath(a.slug) }), a]));
    const pageOfSource = new Map(
      content.news.map((a) => [a.sourcePath, { locale: a.locale, href: articlePath(a.slug) }]),
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

/** Reads, renders and checks a content folder (without the photo build: photos as written). */
export async function checkContentDir(contentDir: string, publicDir: string) {
  const read = readContentFiles(contentDir);
  await renderBodies(read);
  return checkContent(read, { publicDir });
}
