import { join } from 'node:path';

/*
 * What a build keeps in its own folder (NEXT_DIST_DIR) beside Next's output, for its servers, the
 * tests and the benchmark: each build (and each copy of one) carries its own, so that the tests' and
 * the benchmark's builds leave the real one as it was. No imports: tests and scripts read these too.
 */

/** The content the server reads (Contentlayer's compiled documents, and the photo manifest). */
export const builtContentDir = (distDir: string) => join(distDir, 'content');
/** The search index. */
export const searchIndexPath = (distDir: string) => join(distDir, 'search', 'index.json');
/** The pages filled per request, in each language (lib/frames). */
export const templatePath = (distDir: string, name: string, locale: string) =>
  join(distDir, 'templates', `${name}.${locale}.json`);
/** nginx's own refusal pages, in each language. */
export const errorPagePath = (distDir: string, reason: string, locale: string) =>
  join(distDir, 'errors', `${reason}.${locale}.html`);
/** The address the build's absolute URLs name. */
export const siteFilePath = (distDir: string) => join(distDir, 'site.json');
/** One page of each type (lib/site/addresses.ts: samplePages). */
export const samplePagesPath = (distDir: string) => join(distDir, 'sample-pages.json');
