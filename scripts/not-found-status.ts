// Runs after `next build`: marks the prerendered localized 404 pages (lib/not-found-page.ts) as
// 404s. Next writes every prerendered page as a 200 and reads the status back from the page's
// .meta file (`next start`) or the prerender manifest (deployment adapters); a page that calls
// notFound() gets 404 there, but its HTML is an empty shell (vercel/next.js#98954).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { routing } from '@/i18n/routing';
import { notFoundPagePath } from '@/lib/not-found-page';

const dist = process.env.NEXT_DIST_DIR ?? '.next';
const manifestFile = join(dist, 'prerender-manifest.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
  routes: Record<string, { initialStatus?: number }>;
};

for (const locale of routing.locales) {
  const path = notFoundPagePath(locale);
  const metaFile = join(dist, 'server', 'app', `${path}.meta`);
  const route = manifest.routes[path];
  if (!existsSync(metaFile) || !route)
    throw new Error(`${path} was not prerendered: no ${metaFile} or prerender-manifest entry`);
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { status?: number };
  writeFileSync(metaFile, JSON.stringify({ ...meta, status: 404 }));
  route.initialStatus = 404;
}
writeFileSync(manifestFile, JSON.stringify(manifest));
console.log(`404 status: ${routing.locales.map(notFoundPagePath).join(', ')}`);
