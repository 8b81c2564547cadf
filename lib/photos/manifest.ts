import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Photo } from './variants';

/*
 * What the photo build last made (scripts/build-photos.ts): each photo by the hash of its original, and
 * which photo each document shows at each address it writes. The markdown pipeline and the pages look
 * photos up here, by document and address: neither needs to know where the content folder was.
 */

export type PhotoManifest = {
  photos: Record<string, Photo>;
  /** Document (below content/) → address as written → hash. */
  shown: Record<string, Record<string, string>>;
};

/** The manifest of a content folder's photos: each content folder (the tests', the benchmark's) has its own. */
export const manifestFile = (contentDir: string) =>
  join('.generated', 'photos', `${contentDir.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}.json`);

/**
 * The manifest the pages read: the one of the documents they were last handed (written with them by
 * the content step). The photo build's own manifest follows content/ as it is, broken files included;
 * the pages keep the photos of their last good content until the press office has fixed it.
 */
export const pagesManifestFile = (contentDir: string) => manifestFile(contentDir).replace(/\.json$/, '.pages.json');

const empty = (): PhotoManifest => ({ photos: {}, shown: {} });
let cached: { file: string; mtime: number; manifest: PhotoManifest } | undefined;

/**
 * The manifest, read again only when the photo build has written it since. A file of the project
 * folder the server runs in, not a module: the bundler is told not to trace the whole project for it.
 */
export function readManifest(file: string): PhotoManifest {
  if (!existsSync(/* turbopackIgnore: true */ file)) return empty();
  const mtime = statSync(/* turbopackIgnore: true */ file).mtimeMs;
  if (cached?.file !== file || cached.mtime !== mtime) {
    const read = JSON.parse(readFileSync(/* turbopackIgnore: true */ file, 'utf8')) as PhotoManifest;
    cached = { file, mtime, manifest: { ...empty(), ...read } };
  }
  return cached.manifest;
}

/** Both manifests in one: each document's addresses from both, the newer one's where they differ. */
export function mergeManifests(older: PhotoManifest, newer: PhotoManifest): PhotoManifest {
  const shown: PhotoManifest['shown'] = { ...older.shown };
  for (const [doc, urls] of Object.entries(newer.shown)) shown[doc] = { ...older.shown[doc], ...urls };
  return { photos: { ...older.photos, ...newer.photos }, shown };
}

export function writeManifest(manifest: PhotoManifest, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(manifest, null, 1)}\n`);
}

/** The address as the author wrote it: markdown percent-encodes spaces and Cyrillic letters. */
export function writtenUrl(url: string): string {
  try {
    return decodeURI(url.trim());
  } catch {
    return url.trim();
  }
}

/** What a document's photo address (`url`, in the file at `docPath` below content/) shows, if it was made. */
export type PhotoLookup = (url: string, docPath: string) => Photo | undefined;

export function photoLookup(file: string): PhotoLookup {
  return (url, docPath) => {
    const manifest = readManifest(file);
    const hash = manifest.shown[docPath]?.[writtenUrl(url)];
    return hash ? manifest.photos[hash] : undefined;
  };
}
