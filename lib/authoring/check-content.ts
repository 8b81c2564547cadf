import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Html, Image, Link, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import { contentTypes } from '@/lib/content/schema';
import { checkSiteContent, type SiteContent } from '@/lib/content/validate';
import { type FileProblem, lineOfField, readContentFiles, type SourceFile } from './content-files';
import { cyrillicWords, findMixedWords } from './mixed-script';
import { type PageAddress, pageFinder } from '@/lib/content/site-pages';
import { paragraphsOf } from '@/lib/content/source-text';

/*
 * `npm run content:check`: every problem in content/, in one pass, as "file:line: message".
 * It runs the build's own checks (lib/content/validate.ts) on the files as written, then the checks
 * only an author needs: unknown fields, mixed-script words, links, images and raw HTML.
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
    return resolved.items
      ? value.flatMap((item, i) => unknownFields(item, resolved.items!, defs, `${prefix}[${i}]`))
      : [];
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
const CREDIT = /(^|\s)(Сурет|Фото|Photo)\s*:/u;
const GENERATED_FILES =
  /^\/((kk|ru)\/(feed\.xml|events\.ics|events\/[a-z0-9-]+\/calendar\.ics)|data\/[a-z]+\.json|sitemap\.xml|robots\.txt)$/;

function checkMarkdown(
  file: SourceFile,
  own: PageAddress | undefined,
  known: {
    findPage: (path: string) => PageAddress | undefined;
    paragraphsAt: (page: PageAddress) => Map<number, string> | undefined;
  },
  publicDir: string,
  report: (line: number, message: string) => void,
) {
  if (!file.body) return;
  const tree = unified().use(remarkParse).use(remarkGfm).parse(file.body.text) as Root;
  const lineOf = (node: { position?: { start: { line: number } } }) =>
    (node.position?.start.line ?? 1) + file.body!.startLine - 1;

  const checkAnchor = (path: string, anchor: string, line: number) => {
    const n = /^p-(\d+)$/.exec(anchor)?.[1];
    if (!n) return;
    const target = path === '' ? own : known.findPage(path);
    const paragraphs = target === undefined ? undefined : known.paragraphsAt(target);
    if (paragraphs && !paragraphs.has(Number(n)))
      report(line, `broken link (битая ссылка): ${path || 'this article'} has no paragraph ${n}`);
  };

  // The visitor returns nothing: unist-util-visit reads a returned number as "skip to index".
  const checkLink = (node: Link) => {
    const line = lineOf(node);
    const url = node.url.trim();
    if (/^javascript:/i.test(url))
      return report(line, `link to "${url}" is not allowed (ссылка запрещена): use an http(s) address`);
    if (/^(https?:|mailto:|tel:)/i.test(url)) return;
    if (url.startsWith('#')) return checkAnchor('', url.slice(1), line);
    if (!url.startsWith('/') || url.startsWith('//')) {
      return report(
        line,
        `link "${url}" is relative (относительная ссылка): write the path from the site root, e.g. /kk/news/<slug>`,
      );
    }
    const [path = '', anchor = ''] = url.split(/[?#]/);
    const clean = path.replace(/\/$/, '') || '/';
    const isFile = GENERATED_FILES.test(clean) || existsSync(join(publicDir, clean));
    if (!known.findPage(clean) && !isFile) return report(line, `broken link (битая ссылка): no page at ${clean}`);
    if (url.includes('#')) checkAnchor(clean, anchor, line);
  };
  visit(tree, 'link', (node: Link) => {
    checkLink(node);
  });

  const children = tree.children;
  children.forEach((block: RootContent, index) => {
    visit(block, 'image', (node: Image) => {
      const line = lineOf(node);
      if (!node.alt?.trim())
        report(line, 'image without alt text (нет описания изображения): write what it shows in ![…](…)');
      if (/^(https?:)?\/\//i.test(node.url)) {
        report(
          line,
          `image "${node.url}" is on another site (изображение с другого сайта): put the file in public/images/ and link it as /images/…`,
        );
      } else if (!existsSync(join(publicDir, node.url.split(/[?#]/)[0] ?? ''))) {
        report(line, `missing image (нет файла изображения): public${node.url} does not exist`);
      }
      const next = children[index + 1];
      const around = `${toString(block)} ${next ? toString(next) : ''}`;
      if (!CREDIT.test(around))
        report(line, 'image without a credit line (нет подписи «Фото:» / «Сурет:»): add e.g. "Сурет: …" under it');
    });
  });

  visit(tree, 'html', (node: Html) => {
    if (DANGEROUS_HTML.test(node.value)) {
      report(
        lineOf(node),
        `raw HTML that is removed from the page (HTML будет удалён): ${node.value.trim().slice(0, 60)}`,
      );
    }
  });

  if (!toString(tree).trim() && !/^draft:\s*true\s*$/m.test(file.text)) {
    report(file.body.startLine, 'the article has no text (нет текста статьи): write it under the closing ---');
  }
}

function checkMixedScript(
  file: SourceFile,
  dictionary: ReadonlySet<string>,
  report: (line: number, message: string, column?: number) => void,
) {
  file.text.split('\n').forEach((text, i) => {
    const line = i + 1;
    // Keys and addresses are Latin by design: look at the words people read.
    const readable = text
      .replace(/^(\s*-?\s*)[A-Za-z_][\w-]*:(\s|$)/, (m) => ' '.repeat(m.length))
      .replace(/\]\([^)]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length));
    for (const w of findMixedWords(readable, dictionary)) {
      report(
        line,
        `"${w.word}" mixes Latin and Cyrillic letters (смешение латиницы и кириллицы: ${w.latin.map((c) => `"${c}"`).join(', ')}); did you mean "${w.suggestion}"?`,
        w.column,
      );
    }
  });
}

export async function checkContentDir(
  contentDir: string,
  publicDir: string,
): Promise<{ problems: FileProblem[]; content?: SiteContent }> {
  const { raw, files, problems } = await readContentFiles(contentDir);
  const add = (file: string, line: number, message: string, column?: number) => {
    problems.push({ file, line, column, message });
  };

  // The build's own checks, drafts included: a draft must be correct before it is published.
  const { content, problems: contentProblems } = checkSiteContent(raw, { includeDrafts: true });
  for (const p of contentProblems.items)
    add(p.file, lineOfField(files.get(p.file), p.field), `${p.field}: ${p.message}`);

  for (const file of files.values()) {
    const type = fileSchemas.get(file.path.split('/')[1] ?? '');
    const data = file.data;
    if (type && data)
      for (const field of unknownFields(data, type.schema, type.defs))
        add(
          file.path,
          lineOfField(file, field),
          `unknown field "${field}" (лишнее поле): remove it or check its spelling`,
        );
  }

  const slugsByLowercase = new Map<string, Set<string>>();
  for (const doc of raw.news as { slug?: string }[]) {
    if (!doc.slug) continue;
    const key = doc.slug.toLowerCase().replace(/_/g, '-');
    slugsByLowercase.set(key, new Set([...(slugsByLowercase.get(key) ?? []), doc.slug]));
  }
  for (const variants of slugsByLowercase.values()) {
    if (variants.size > 1)
      for (const slug of variants)
        add(
          `content/news/${slug}`,
          1,
          `duplicate slug (повторяющийся адрес): ${[...variants].join(', ')} would be the same page`,
        );
  }

  const dictionary = cyrillicWords([...files.values()].map((f) => f.text).join('\n'));
  for (const file of files.values()) {
    checkMixedScript(file, dictionary, (line, message, column) => {
      add(file.path, line, message, column);
    });
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
      if (!file.body) continue;
      checkMarkdown(file, pageOfSource.get(file.path), { findPage, paragraphsAt }, publicDir, (line, message) => {
        add(file.path, line, message);
      });
    }
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { problems, content };
}

export function formatFileProblem(p: FileProblem): string {
  return `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`;
}
