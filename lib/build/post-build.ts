import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { localePath, routing } from '@/i18n/routing';
import { CONTENTLAYER_OUTPUT, readCompiled } from '@/lib/content/documents';
import { buildSiteContent } from '@/lib/content/validate';
import { SAMPLE_QUERY, samplePages } from '@/lib/site/addresses';
import { badRequestPage, errorPageReasons } from '@/lib/http/bad-request-page';
import { pagesManifestFile } from '@/lib/photos/manifest';
import { notFoundPagePath } from '@/lib/http/not-found';
import { PAGE_STYLES } from '@/lib/http/headers';
import { env } from '@/lib/env';
import { builtContentDir, errorPagePath, samplePagesPath, siteFilePath, templatePath } from '@/lib/build-output';
import { absoluteUrl } from '@/lib/seo/site-url';
import { htmlOnly } from './html-only';
import { precompress } from './precompress';
import { extractTemplate } from '@/lib/frames/extract';
import { templatePages } from '@/lib/frames/framed';
import { path } from '@/lib/site/routes';
import { filesBelow } from '@/lib/files';

/*
 * What the build does with Next's output (scripts/post-build.ts, after `next build`): the checks that
 * keep pages complete without JavaScript, the HTML-only step, the 404 status of the localized 404
 * pages, the search page's template, and the static files precompressed for nginx. These edit files of Next's build output, whose layout Next does not document; the README
 * ("Pages ship as HTML") says why Next's adapter API, the supported seam, cannot carry them here.
 */

type Build = { projectDir: string; distDir: string };

/**
 * Our components that may be client components: the inbox's forms alone, whose pages are rendered per
 * request with the client runtime (app/[locale]/(inbox)), and work without it too. Every public page
 * must be complete as HTML: a client component works in `next dev` but is dead once the runtime is
 * taken out. (Next's own `<Link>` is one, and renders a plain `<a>`.)
 */
const allowedClientComponents: readonly string[] = ['lib/inbox/views/form.tsx'];
const sourceDirs = ['app', 'components', 'lib', 'i18n'];

const sourceFiles = (dir: string, name = /\.(tsx?|jsx?|mjs)$/) => filesBelow(dir, (file) => name.test(file));

/** Files whose first statement is the 'use client' directive. */
export function clientComponents(projectDir: string): string[] {
  return sourceDirs
    .map((dir) => join(projectDir, dir))
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => sourceFiles(dir))
    .filter((file) => {
      const code = readFileSync(file, 'utf8').replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
      return /^['"]use client['"]/.test(code);
    })
    .map((file) => relative(projectDir, file));
}

/** The prerendered pages: .next/server/app/<path>.html. */
function htmlPages({ distDir }: Build) {
  const app = join(distDir, 'server', 'app');
  return sourceFiles(app, /\.html$/).map((file) => ({
    pathname: `/${relative(app, file).replace(/\.html$/, '')}`,
    file,
  }));
}

/**
 * Unknown paths are rewritten to a prerendered 404 page (docs/decisions.md, unknown paths), which Next writes
 * as a 200: `next start` reads a page's status from the .meta file beside its HTML, deployment
 * adapters from the prerender manifest, so both are set here.
 */
function markNotFound({ distDir }: Build, pages: { pathname: string; file: string }[]) {
  const manifestFile = join(distDir, 'prerender-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    routes: Record<string, { initialStatus?: number }>;
  };
  for (const path of routing.locales.map(notFoundPagePath)) {
    const page = pages.find((p) => p.pathname === path);
    const route = manifest.routes[path];
    if (!page || !route) throw new Error(`${path} was not prerendered`);
    const metaFile = page.file.replace(/\.html$/, '.meta');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { status?: number };
    writeFileSync(metaFile, JSON.stringify({ ...meta, status: 404 }));
    route.initialStatus = 404;
  }
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

/**
 * The pages' policy names the hashes of the stylesheets now inside them: Next recorded the policy of
 * next.config.ts, with a stand-in for them (lib/http/headers.ts: PAGE_STYLES), in routes-manifest.json,
 * which `next start` answers from.
 */
function allowStyles({ distDir }: Build, styles: string[], inline: boolean): string[] {
  if (inline && styles.length === 0)
    throw new Error('No page links a stylesheet of the build: nothing to put inside the pages');
  const hashes = styles.map((css) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  const manifestFile = join(distDir, 'routes-manifest.json');
  const manifest = readFileSync(manifestFile, 'utf8');
  if (!manifest.includes(PAGE_STYLES)) throw new Error(`${manifestFile} does not hold the page styles' stand-in`);
  writeFileSync(manifestFile, manifest.replaceAll(inline ? PAGE_STYLES : ` ${PAGE_STYLES}`, hashes.join(' ')));
  return hashes;
}

/** The pages filled per request, cut at their slots (lib/frames). */
function writeTemplates({ distDir }: Build, pages: { pathname: string; file: string }[]) {
  for (const [name, { route, slots }] of Object.entries(templatePages)) {
    for (const locale of routing.locales) {
      const address = localePath(locale, path(route));
      const page = pages.find((p) => p.pathname === address);
      if (!page) throw new Error(`${address} was not prerendered`);
      const file = templatePath(distDir, name, locale);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(extractTemplate(readFileSync(page.file, 'utf8'), slots)));
    }
  }
}

/** The pages nginx answers its own refusals with (deploy/nginx/site.conf), the same as the proxy's. */
function writeErrorPages({ distDir }: Build) {
  mkdirSync(dirname(errorPagePath(distDir, 'method', 'kk')), { recursive: true });
  for (const locale of routing.locales) {
    for (const reason of errorPageReasons)
      writeFileSync(errorPagePath(distDir, reason, locale), badRequestPage(locale, reason));
  }
}

/**
 * The content the server reads at run time (search, share images), kept in the build's own folder:
 * another build (the tests', the benchmark's) compiles other content in the project's folders.
 */
function keepContent({ distDir }: Build, manifest: string) {
  const target = builtContentDir(distDir);
  rmSync(target, { recursive: true, force: true });
  cpSync(CONTENTLAYER_OUTPUT, target, {
    recursive: true,
    filter: (source) => statSync(source).isDirectory() || source.endsWith('_index.json'),
  });
  if (existsSync(manifest)) cpSync(manifest, join(target, 'photos.json'));
  // One page of each type (lib/site/addresses.ts), for the end-to-end tests and the benchmark.
  const content = buildSiteContent(readCompiled(target));
  writeFileSync(samplePagesPath(distDir), `${JSON.stringify(samplePages(content, SAMPLE_QUERY), null, 1)}\n`);
}

export function postBuild(build: Build & { contentDir: string }): void {
  const unexpected = clientComponents(build.projectDir).filter((f) => !allowedClientComponents.includes(f));
  if (unexpected.length > 0) {
    throw new Error(
      `Client components would be dead without the client runtime (docs/decisions.md, pages ship as HTML): ${unexpected.join(', ')}`,
    );
  }

  const pages = htmlPages(build);
  const problems: string[] = [];
  // The benchmark's baseline keeps the stylesheet linked (docs/decisions.md, first paint in one round trip).
  const inline = env().PAGE_STYLES !== 'linked';
  const styles = new Set<string>();
  const files = new Map<string, string>();
  const read = (href: string) => {
    if (!files.has(href)) files.set(href, readFileSync(join(build.distDir, href.replace(/^\/_next\//, '')), 'utf8'));
    return files.get(href)!;
  };
  let before = 0;
  let after = 0;
  for (const { pathname, file } of pages) {
    const html = readFileSync(file, 'utf8');
    const result = htmlOnly(html, inline ? read : undefined);
    for (const css of result.styles) styles.add(css);
    problems.push(...result.problems.map((p) => `${pathname}: ${p}`));
    before += Buffer.byteLength(html);
    after += Buffer.byteLength(result.html);
    if (result.html !== html) writeFileSync(file, result.html);
  }
  if (problems.length > 0) {
    throw new Error(`Pages that need JavaScript to show their content:\n${[...new Set(problems)].join('\n')}`);
  }
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`HTML only: ${pages.length} pages, ${mib(before)} → ${mib(after)} MiB without the client runtime`);
  const hashes = allowStyles(build, [...styles], inline);
  console.log(
    inline
      ? `Inline styles: ${styles.size} stylesheet(s) inside the pages, ${hashes.join(' ')}`
      : 'Styles: linked (PAGE_STYLES=linked)',
  );

  markNotFound(build, pages);
  console.log(`404 status: ${routing.locales.map(notFoundPagePath).join(', ')}`);
  writeTemplates(build, pages);
  const packed = precompress(join(build.distDir, 'static'));
  console.log(
    `Precompressed: ${packed.files} static files, ${kib(packed.bytes)} → gzip ${kib(packed.gzip)}, brotli ${kib(packed.brotli)} KiB`,
  );
  writeErrorPages(build);
  keepContent(build, pagesManifestFile(build.contentDir));
  // The address the build's absolute URLs name, for the server stack to compare with its own.
  writeFileSync(siteFilePath(build.distDir), `${JSON.stringify({ siteUrl: absoluteUrl('/') })}\n`);
}
