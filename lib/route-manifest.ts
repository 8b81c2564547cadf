import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SiteContent } from './content-checks';
import { sitePathsOf } from './site-pages';

/** Where the build writes every published page path; proxy.ts imports it. */
export const ROUTE_MANIFEST = '.generated/routes.json';

/** Writes the route manifest for the published content (drafts left out); returns its size. */
export function writeRouteManifest(content: SiteContent, file = ROUTE_MANIFEST): number {
  const published = { ...content, articles: content.articles.filter((a) => !a.draft) };
  const paths = [...new Set(sitePathsOf(published))].sort();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(paths)}\n`);
  return paths.length;
}
