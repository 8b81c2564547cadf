import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { photoReferences, readContentFiles } from '@/lib/content/read';
import { buildPhotos } from '@/lib/photos/build';
import { readManifest } from '@/lib/photos/manifest';
import { processPhoto } from '@/lib/photos/process';
import { resolvePhotoSource } from '@/lib/photos/sources';
import { makePhonePhoto, makePhoto } from '../fixtures/photos';

const dir = mkdtempSync(join(tmpdir(), 'photos-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a photo from a phone', () => {
  const out = join(dir, 'out');
  const meta = join(dir, 'meta');

  it('is served upright, in every format and width, with no metadata left (no GPS position)', async () => {
    const original = join(dir, 'phone.jpg');
    writeFileSync(original, await makePhonePhoto(1200, 1600, 9, { gps: true }));
    expect(await sharp(original).metadata()).toMatchObject({ width: 1600, height: 1200, orientation: 6 });

    const { photo, made } = await processPhoto(original, out, meta, true);
    expect(made).toBe(true);
    expect(photo).toMatchObject({ width: 1200, height: 1600, widths: [360, 720, 1080, 1200] });
    const files = readdirSync(out).filter((f) => f.startsWith(photo.hash));
    expect(files.sort()).toEqual(
      [
        ...[360, 720, 1080, 1200].flatMap((w) => ['avif', 'webp', 'jpg'].map((ext) => `${photo.hash}-${w}.${ext}`)),
        `${photo.hash}-share.jpg`,
      ].sort(),
    );
    for (const file of files) {
      const variant = await sharp(join(out, file)).metadata();
      expect(variant.exif, file).toBeUndefined();
      expect(variant.xmp, file).toBeUndefined();
      expect(variant.orientation ?? 1, file).toBe(1);
      if (!file.endsWith('-share.jpg')) expect(variant.width!, file).toBeLessThan(variant.height!);
    }
    expect(await sharp(join(out, `${photo.hash}-share.jpg`)).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  it('is made once: a second build finds it by its hash and makes nothing', async () => {
    const again = await processPhoto(join(dir, 'phone.jpg'), out, meta, true);
    expect(again.made).toBe(false);
  });

  it('may be HEIC, as an iPhone sends it', async () => {
    const { photo } = await processPhoto('tests/fixtures/photos/phone.heic', out, meta, false);
    expect(photo).toMatchObject({ width: 640, height: 480, widths: [360, 640] });
    expect(await sharp(join(out, `${photo.hash}-640.avif`)).metadata()).toMatchObject({ format: 'heif', width: 640 });
  });
});

describe('the photo build', () => {
  it('remakes nothing when the photos have not changed, and only a changed one when one has', async () => {
    const content = join(dir, 'content');
    const options = {
      contentDir: content,
      publicDir: join(dir, 'public'),
      outDir: join(dir, 'built'),
      metaDir: join(dir, 'sizes'),
      manifestFile: join(dir, 'photos.json'),
    };
    mkdirSync(join(content, 'news/a'), { recursive: true });
    mkdirSync(join(dir, 'public/images'), { recursive: true });
    writeFileSync(join(content, 'news/a/one.jpg'), await makePhoto(800, 600, 1));
    writeFileSync(join(dir, 'public/images/two.jpg'), await makePhoto(800, 600, 2));
    writeFileSync(
      join(content, 'news/a/index.kk.md'),
      "---\ntitle: A\nimage:\n  src: one.jpg\n  alt: A\n  credit: 'Сурет: A'\n---\n\n![Екі](/images/two.jpg)\n\nСурет: B\n",
    );
    const build = () => buildPhotos({ ...options, references: photoReferences(readContentFiles(content)) });
    const first = await build();
    expect(first).toMatchObject({ photos: 2, made: 2, failed: [] });
    const times = readdirSync(options.outDir).map((f) => statSync(join(options.outDir, f)).mtimeMs);

    const second = await build();
    expect(second).toMatchObject({ photos: 2, made: 0 });
    expect(readdirSync(options.outDir).map((f) => statSync(join(options.outDir, f)).mtimeMs)).toEqual(times);

    writeFileSync(join(dir, 'public/images/two.jpg'), await makePhoto(800, 600, 3));
    expect(await build()).toMatchObject({ photos: 2, made: 1 });
    // The old variants of the replaced photo are gone; the article's addresses name the new one.
    const manifest = readManifest(options.manifestFile);
    expect(Object.keys(manifest.photos)).toHaveLength(2);
    expect(new Set(readdirSync(options.outDir).map((f) => f.split('-')[0]))).toEqual(
      new Set(Object.keys(manifest.photos)),
    );
    expect(Object.keys(manifest.shown['news/a/index.kk.md'] ?? {}).sort()).toEqual(['/images/two.jpg', 'one.jpg']);
  });
});

describe('where a photo is', () => {
  const folders = { contentDir: 'content', publicDir: 'public' };

  it('is public/images/ for /images/…, and the article’s folder for a bare file name, however it is written', () => {
    expect(resolvePhotoSource('/images/zal.jpg', 'news/a/index.kk.md', folders)).toMatchObject({
      ok: true,
      key: 'public/images/zal.jpg',
    });
    expect(resolvePhotoSource('WhatsApp Image 2026.JPG', 'news/a/index.kk.md', folders)).toMatchObject({
      ok: true,
      key: 'content/news/a/WhatsApp Image 2026.JPG',
    });
    expect(resolvePhotoSource('./%D1%84%D0%BE%D1%82%D0%BE.jpeg', 'news/a/index.kk.md', folders)).toMatchObject({
      ok: true,
      key: 'content/news/a/фото.jpeg',
    });
  });

  it('is never another site, another kind of file, or outside the folders', () => {
    expect(resolvePhotoSource('https://example.com/a.jpg', 'news/a/index.kk.md', folders)).toEqual({
      ok: false,
      reason: 'other-site',
    });
    expect(resolvePhotoSource('a.gif', 'news/a/index.kk.md', folders)).toEqual({ ok: false, reason: 'not-a-photo' });
    expect(resolvePhotoSource('../../../etc/x.jpg', 'news/a/index.kk.md', folders)).toEqual({
      ok: false,
      reason: 'outside',
    });
  });
});
