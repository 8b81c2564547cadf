import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PhotoReference } from '@/lib/content/read';
import { type PhotoManifest, readManifest, writeManifest, writtenUrl } from './manifest';
import { processPhoto } from './process';
import { type PhotoFolders, resolvePhotoSource } from './sources';
import { MAX_PHOTO_BYTES, PHOTOS_PATH } from './variants';

/*
 * The photo build (the content step, before the markdown is rendered): makes the variants of every
 * photo the entries name (lib/content/read.ts: photoReferences) that were not made yet, writes the
 * manifest, and removes the variants of photos this content no longer shows. A photo that cannot be
 * used is left to `content:check`, which says why in the press office's words.
 */

export type PhotoBuildOptions = PhotoFolders & {
  /** Where the variants go: public/photos, served at /photos. */
  outDir: string;
  /** Where each photo's size is kept between builds, by hash. */
  metaDir: string;
  manifestFile: string;
  references: readonly PhotoReference[];
  /** Photos (by hash) whose variants stay although this content no longer names them: the pages still show them. */
  keep?: ReadonlySet<string>;
};

/** A photo file, and where documents show it: document path (below content/) → the addresses it is written as. */
type Reference = { key: string; file: string; share: boolean; docs: Map<string, Set<string>> };

/** Every usable photo the entries name, with the documents that name it. */
function usable(options: PhotoBuildOptions): Map<string, Reference> {
  const found = new Map<string, Reference>();
  for (const { url, docPath, lead } of options.references) {
    const source = resolvePhotoSource(url, docPath, options);
    if (!source.ok || !existsSync(source.file) || statSync(source.file).size > MAX_PHOTO_BYTES) continue;
    const reference = found.get(source.key) ?? { key: source.key, file: source.file, share: false, docs: new Map() };
    reference.share ||= lead;
    reference.docs.set(docPath, (reference.docs.get(docPath) ?? new Set()).add(writtenUrl(url)));
    found.set(source.key, reference);
  }
  return found;
}

export type PhotoBuildResult = { photos: number; made: number; failed: string[]; seconds: number };

export async function buildPhotos(options: PhotoBuildOptions): Promise<PhotoBuildResult> {
  const started = performance.now();
  const previous = readManifest(options.manifestFile);
  const manifest: PhotoManifest = { photos: {}, shown: {} };
  const failed: string[] = [];
  let made = 0;
  for (const reference of usable(options).values()) {
    try {
      const { photo, made: isNew } = await processPhoto(
        reference.file,
        options.outDir,
        options.metaDir,
        reference.share,
      );
      manifest.photos[photo.hash] = photo;
      if (isNew) made += 1;
      for (const [docPath, urls] of reference.docs)
        for (const url of urls) (manifest.shown[docPath] ??= {})[url] = photo.hash;
    } catch {
      failed.push(reference.key);
    }
  }
  writeManifest(manifest, options.manifestFile);

  // Only this content's photos that it no longer shows: other builds (the tests', the benchmark's)
  // share the folder, and their pages name their own.
  const gone = new Set(
    Object.keys(previous.photos).filter((hash) => !(hash in manifest.photos) && !options.keep?.has(hash)),
  );
  if (gone.size > 0 && existsSync(options.outDir)) {
    for (const name of readdirSync(options.outDir))
      if (gone.has(name.split('-')[0] ?? '')) rmSync(join(options.outDir, name));
  }
  return { photos: Object.keys(manifest.photos).length, made, failed, seconds: (performance.now() - started) / 1000 };
}

export const defaultOutDir = join('public', PHOTOS_PATH);
export const defaultMetaDir = join('.generated', 'photo-sizes');
