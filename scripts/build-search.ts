// After `next build`: the search index of the published content, beside the build (lib/search/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadGeneratedContent } from '@/lib/content/generated';
import { buildSiteContent } from '@/lib/content/validate';
import { searchDocuments } from '@/lib/search/documents';
import { distDir, searchIndexPath } from '@/lib/search/files';
import { buildSearchIndexes, searchIndexFile } from '@/lib/search/search-index';

const started = performance.now();
const documents = searchDocuments(buildSiteContent(loadGeneratedContent()));
const json = JSON.stringify(searchIndexFile(buildSearchIndexes(documents)));
const file = searchIndexPath(distDir());
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, json);
const seconds = (performance.now() - started) / 1000;
console.log(
  `Search index: ${documents.length} pages, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB in ${seconds.toFixed(2)} s`,
);
