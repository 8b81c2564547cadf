import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from './kind';
import { kindList } from './kinds';
import type { RawCollections } from './validate';

/*
 * The checked documents, the hand-over between the one reader and the pages (docs/decisions.md, one reader).
 * The content step (lib/content-check/write-documents.ts) writes each document that passed every check as
 * JSON into .generated/documents/, and only then: a broken file never reaches a page, and in
 * `npm run dev` the open page keeps the last good content. Contentlayer compiles those documents into
 * typed modules (contentlayer.config.ts: its 'fail' policies guard their shape), which the pages read
 * here; a build copies them into its own folder for the server (lib/build/post-build.ts).
 */

export const DOCUMENTS_DIR = join('.generated', 'documents');

/** A document as written for Contentlayer: its fields, where it came from, and its text. */
export type StoredDocument = Record<string, unknown> & { sourceFile: string; text?: { raw: string; html: string } };

/** The file a document of content/ is written to, below the documents folder. */
export const storedPath = (sourceFilePath: string) => sourceFilePath.replace(/\.(md|ya?ml)$/, '.json');

/** Contentlayer's keys on a document and its nested objects (`type`, `_id`, `_raw`), which the content does not have. */
function withoutCompilerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutCompilerKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'type' && key !== '_id' && key !== '_raw')
      .map(([key, v]) => [key, withoutCompilerKeys(v)]),
  );
}

/** A compiled document back as the reader gave it, for the checks the pages' loader runs again. */
export function fromCompiled(compiled: unknown): RawDocument {
  const { sourceFile, text, ...fields } = withoutCompilerKeys(compiled) as StoredDocument;
  return { ...fields, _raw: { sourceFilePath: sourceFile }, ...(text ? { body: text } : {}) };
}

/** Contentlayer's compiled documents of each kind, as its output folder (or a build's copy of it) holds them. */
export function readCompiled(dir: string): RawCollections {
  return Object.fromEntries(
    kindList.map((kind) => {
      const file = join(dir, kind.name, '_index.json');
      const data: unknown = existsSync(/* turbopackIgnore: true */ file)
        ? JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8'))
        : [];
      const list = Array.isArray(data) ? data : [data];
      return [kind.key, list.map(fromCompiled)];
    }),
  ) as unknown as RawCollections;
}

/**
 * Contentlayer's modules (`npm run dev`): every document, of whichever kind, by its type's name, once
 * (the modules list each document under its kind and again in allDocuments).
 */
export function fromModules(generated: Record<string, unknown>): RawCollections {
  const byType = new Map<string, Map<string, unknown>>();
  for (const value of Object.values(generated)) {
    for (const doc of Array.isArray(value) ? value : [value]) {
      const { type, _id } = (doc ?? {}) as { type?: unknown; _id?: unknown };
      if (typeof type !== 'string' || typeof _id !== 'string') continue;
      byType.set(type, (byType.get(type) ?? new Map()).set(_id, doc));
    }
  }
  return Object.fromEntries(
    kindList.map((kind) => [kind.key, [...(byType.get(kind.name)?.values() ?? [])].map(fromCompiled)]),
  ) as unknown as RawCollections;
}

/** The relative path of the compiled folder from the project, where Contentlayer writes it. */
export const CONTENTLAYER_OUTPUT = join('.contentlayer', 'generated');
