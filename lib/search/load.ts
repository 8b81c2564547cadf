import 'server-only';
import { readFileSync } from 'node:fs';
import { getSiteContent } from '@/lib/content/queries';
import type { SiteContent } from '@/lib/content/kinds';
import { searchDocuments } from './documents';
import { distDir, env } from '@/lib/env';
import { searchIndexPath } from '@/lib/build-output';
import { buildSearchIndexes, loadSearchIndexes, type SearchIndexes, type SearchIndexFile } from './search-index';

let built: SearchIndexes | undefined;
// In `next dev` the index follows the content as it is edited: rebuilt when the content object changes.
const forContent = new WeakMap<SiteContent, SearchIndexes>();

/** The search index: the build's, read once per server process. */
export function getSearchIndexes(): SearchIndexes {
  if (env().NODE_ENV === 'development') {
    const content = getSiteContent();
    const indexes = forContent.get(content) ?? buildSearchIndexes(searchDocuments(content));
    forContent.set(content, indexes);
    return indexes;
  }
  built ??= loadSearchIndexes(JSON.parse(readFileSync(searchIndexPath(distDir()), 'utf8')) as SearchIndexFile);
  return built;
}
