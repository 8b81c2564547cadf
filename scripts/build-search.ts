// After `next build`: the search index of the published content, beside the build (lib/search/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { builtContentDir, searchIndexPath } from '@/lib/build-output';
import { readCompiled } from '@/lib/content/documents';
import { buildSiteContent } from '@/lib/content/validate';
import { distDir } from '@/lib/env';
import { searchDocuments } from '@/lib/search/documents';
import { buildSearchIndexes, searchIndexFile } from '@/lib/search/search-index';

const started = performance.now();
// The content the build's server reads (lib/build/post-build.ts keeps it in the build's folder).
const documents = searchDocuments(buildSiteContent(readCompiled(builtContentDir(distDir()))));
const json = JSON.stringify(searchIndexFile(buildSearchIndexes(documents)));
const file = searchIndexPath(distDir());
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, json);
const seconds = (performance.now() - started) / 1000;
console.log(
  `Search index: ${documents.length} pages, ${(Buffer.byteLength(json) / 1024).toFixed(0)} KiB in ${seconds.toFixed(2)} s`,
);
