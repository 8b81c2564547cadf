import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { renderMarkdown } from '@/lib/content/markdown';
import { type PhotoManifest, readManifest, writeManifest, writtenUrl } from './manifest';
import { processPhoto } from './process';
import { type PhotoFolders, resolvePhotoSource } from './sources';
import { MAX_PHOTO_BYTES, PHOTOS_PATH } from './variants';

/*
 * The photo build (scripts/build-photos.ts, before the content compile): finds every photo the
 * articles show (in the text and as lead photos), makes the variants of those not made yet, writes
 * the manifest, and removes variants no article shows any more. A photo that cannot be used is left
 * to `content:check`, which says why in the press office's words.
 */

export type PhotoBuildOptions = PhotoFolders & {
  /** Where the variants go: public/photos, served at /photos. */
  outDir: string;
  /** Where each photo's size is kept between builds, by hash. */
  metaDir: string;
  manifestFile?: string;
};

/** A photo file, and where documents show it: document path (below content/) → the address it writes. */
type Reference = {
  key: string;
  file: string;
  share: boolean;
  docs: Map<string, { docFile: string; urls: Set<string> }>;
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

function filesEnding(dir: string, ending: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesEnding(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

function photosOfEvent(text: string): string[] {
  try {
    const data = parse(text) as { photos?: { src?: unknown }[] } | null;
    return (data?.photos ?? []).flatMap((p) => (typeof p?.src === 'string' ? [p.src] : []));
  } catch {
    return [];
  }
}

function leadPhotoOf(text: string): string | undefined {
  try {
    const data = parse(FRONTMATTER.exec(text)?.[1] ?? '') as { image?: { src?: unknown } } | null;
    return typeof data?.image?.src === 'string' ? data.image.src : undefined;
  } catch {
    return undefined;
  }
}

/** Every usable photo the articles show, with the articles that show it. */
async function references(options: PhotoBuildOptions): Promise<Map<string, Reference>> {
  const found = new Map<string, Reference>();
  const add = (url: string, docPath: string, docFile: string, share: boolean) => {
    const source = resolvePhotoSource(url, docPath, options);
    if (!source.ok || !existsSync(source.file) || statSync(source.file).size > MAX_PHOTO_BYTES) return;
    const reference = found.get(source.key) ?? { key: source.key, file: source.file, share: false, docs: new Map() };
    reference.share ||= share;
    const doc = reference.docs.get(docPath) ?? { docFile, urls: new Set<string>() };
    doc.urls.add(writtenUrl(url));
    reference.docs.set(docPath, doc);
    found.set(source.key, reference);
  };
  // Events' photos (content/events/<id>.yaml, photos: [{ src, … }]).
  for (const file of filesEnding(join(options.contentDir, 'events'), '.yaml')) {
    const docPath = relative(options.contentDir, file).split('\\').join('/');
    for (const url of photosOfEvent(readFileSync(file, 'utf8'))) add(url, docPath, file, false);
  }
  for (const file of filesEnding(join(options.contentDir, 'news'), '.md')) {
    const text = readFileSync(file, 'utf8');
    const docPath = relative(options.contentDir, file).split('\\').join('/');
    const lead = leadPhotoOf(text);
    if (lead) add(lead, docPath, file, true);
    if (!/!\[|<img/i.test(text)) continue;
    for (const photo of (await renderMarkdown(text, { sourceFilePath: docPath })).photos)
      add(photo.url, docPath, file, false);
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
  const touched = new Set<string>();
  for (const reference of (await references(options)).values()) {
    try {
      const { photo, made: new_ } = await processPhoto(
        reference.file,
        options.outDir,
        options.metaDir,
        reference.share,
      );
      manifest.photos[photo.hash] = photo;
      if (new_) made += 1;
      for (const [docPath, { docFile, urls }] of reference.docs) {
        for (const url of urls) {
          // A document showing another photo at an address changes its HTML: the content compile reads
          // a file again when it is newer.
          if (previous.shown[docPath]?.[url] !== photo.hash) touched.add(docFile);
          (manifest.shown[docPath] ??= {})[url] = photo.hash;
        }
      }
    } catch {
      failed.push(reference.key);
    }
  }
  writeManifest(manifest, options.manifestFile);
  const now = new Date();
  for (const doc of touched) utimesSync(doc, now, now);

  const kept = new Set(Object.keys(manifest.photos));
  if (existsSync(options.outDir)) {
    for (const name of readdirSync(options.outDir)) {
      if (!kept.has(name.split('-')[0] ?? '')) rmSync(join(options.outDir, name));
    }
  }
  return { photos: Object.keys(manifest.photos).length, made, failed, seconds: (performance.now() - started) / 1000 };
}

/** The folders photos are read from, as the build sets them (CONTENT_DIR: another content folder). */
export function defaultPhotoFolders(): PhotoFolders {
  return { contentDir: process.env.CONTENT_DIR ?? 'content', publicDir: 'public' };
}

export const defaultOutDir = join('public', PHOTOS_PATH);
export const defaultMetaDir = join('.generated', 'photo-sizes');
