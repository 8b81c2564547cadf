import { writeDocuments } from './write-documents';
import type { SiteContent } from '@/lib/content/kinds';
import type { FileProblem } from '@/lib/content/problems';
import { photoReferences, readContentFiles, renderBodies } from '@/lib/content/read';
import { buildPhotos, defaultMetaDir, defaultOutDir, type PhotoBuildResult } from '@/lib/photos/build';
import { copyFileSync, existsSync } from 'node:fs';
import {
  manifestFile,
  mergeManifests,
  pagesManifestFile,
  photoLookup,
  readManifest,
  writeManifest,
} from '@/lib/photos/manifest';
import { checkContent } from './check-content';

/*
 * The content step: content/ read once (lib/content/read.ts), then, for a build or `npm run dev`, the
 * photos made and the checked documents written for the pages (lib/content/documents.ts), but only
 * when nothing is wrong: the pages never see a broken file, and the open page keeps the last good
 * content while the press office fixes it. With the documents go the photos they show (the pages'
 * manifest, lib/photos/manifest.ts).
 */

export type ContentStep = {
  problems: FileProblem[];
  content?: SiteContent;
  photos?: PhotoBuildResult;
  /** How many documents were written (changed): undefined when nothing was written. */
  written?: number;
};

export async function contentStep({
  contentDir,
  publicDir,
  build,
  watching = false,
}: {
  contentDir: string;
  publicDir: string;
  /** Make the photos and write the documents (the build, `npm run dev`); otherwise only check. */
  build: boolean;
  /**
   * `npm run dev`: the pages may still hold the documents before these for a moment (Contentlayer
   * compiles them after), so the photos of both stay findable until the next build.
   */
  watching?: boolean;
}): Promise<ContentStep> {
  const read = readContentFiles(contentDir);
  let photos: PhotoBuildResult | undefined;
  const manifest = manifestFile(contentDir);
  const pages = pagesManifestFile(contentDir);
  if (build) {
    photos = await buildPhotos({
      contentDir,
      publicDir,
      outDir: defaultOutDir,
      metaDir: defaultMetaDir,
      manifestFile: manifest,
      references: photoReferences(read),
      keep: new Set(Object.keys(readManifest(pages).photos)),
    });
  }
  const lookup = build ? photoLookup(manifest) : undefined;
  await renderBodies(read, lookup);
  const { problems, content } = await checkContent(read, { publicDir, photos: lookup });
  const ok = problems.every((p) => p.severity === 'warning');
  if (!build || !ok) return { problems, content, photos };
  const written = writeDocuments(read.raw);
  if (watching && existsSync(pages)) writeManifest(mergeManifests(readManifest(pages), readManifest(manifest)), pages);
  else copyFileSync(manifest, pages);
  return { problems, content, photos, written };
}
