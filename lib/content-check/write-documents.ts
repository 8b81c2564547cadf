import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DOCUMENTS_DIR, type StoredDocument, storedPath } from '@/lib/content/documents';
import type { RawDocument } from '@/lib/content/kind';
import type { KindKey } from '@/lib/content/kinds';
import { withoutEmpty } from '@/lib/content/problems';
import { filesBelow } from '@/lib/files';

/*
 * The content step's hand-over to the pages (lib/content/documents.ts): the checked documents as JSON,
 * for Contentlayer to compile.
 */

const listJson = (dir: string) => filesBelow(dir, (name) => name.endsWith('.json'));

/**
 * Writes the documents: each file only if it changed, and those of removed files removed, so that
 * Contentlayer (watching in `npm run dev`) compiles only what changed.
 */
export function writeDocuments(raw: Record<KindKey, readonly RawDocument[]>, dir = DOCUMENTS_DIR): number {
  const wanted = new Map<string, string>();
  for (const docs of Object.values(raw)) {
    for (const { _raw, body, ...fields } of docs) {
      const stored: StoredDocument = {
        ...(withoutEmpty(fields) as object),
        sourceFile: _raw.sourceFilePath,
        ...(body ? { text: body } : {}),
      };
      wanted.set(join(dir, storedPath(_raw.sourceFilePath)), `${JSON.stringify(stored, null, 1)}\n`);
    }
  }
  for (const file of listJson(dir)) if (!wanted.has(file)) rmSync(file);
  let written = 0;
  for (const [file, text] of wanted) {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written += 1;
  }
  return written;
}
