import 'server-only';
import { readFileSync } from 'node:fs';
import { type Locale, localePath } from '@/i18n/routing';
import { getSiteContent } from '@/lib/content/queries';
import type { SiteContent } from '@/lib/content/kinds';
import { searchDocuments } from './documents';
import { distDir, env } from '@/lib/env';
import { searchIndexPath, searchTemplatePath } from '@/lib/build/outputs';
import { buildSearchIndexes, loadSearchIndexes, type SearchIndexes, type SearchIndexFile } from './search-index';
import type { SearchTemplate } from './template';
import { path } from '@/lib/site/routes';

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

const templates = new Map<Locale, SearchTemplate>();

/** The results page's template in `locale`: the build's, or in `next dev` the template page as it is now. */
export async function getSearchTemplate(locale: Locale, origin: string): Promise<SearchTemplate> {
  if (env().NODE_ENV === 'development') {
    const { extractSearchTemplate } = await import('@/lib/build/search-template');
    const response = await fetch(new URL(localePath(locale, path('/search/template')), origin));
    return extractSearchTemplate(await response.text());
  }
  let template = templates.get(locale);
  if (!template) {
    template = JSON.parse(readFileSync(searchTemplatePath(distDir(), locale), 'utf8')) as SearchTemplate;
    templates.set(locale, template);
  }
  return template;
}
