import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import decodeHeic from 'heic-decode';
import sharp, { type Sharp } from 'sharp';
import { type Photo, photoFormats, shareCrop, shareName, variantName, widthsFor } from './variants';

/*
 * Makes the variants of one original (lib/photos/variants.ts) with sharp: the EXIF orientation is
 * applied, everything else of the original's metadata is dropped (sharp writes none unless asked),
 * colours are converted to sRGB. Results are kept by the hash of the original's bytes: a rebuild
 * with unchanged photos makes nothing.
 */

// Quality for photographs at these sizes; AVIF's effort is lowered from 4 for build time, which
// costs a few per cent in size.
const encoders: Record<(typeof photoFormats)[number]['format'], (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 72, effort: 4 }),
  jpeg: (image) => image.jpeg({ quality: 76, mozjpeg: true }),
};

export function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function isHeic(bytes: Buffer): boolean {
  // ISO BMFF: "ftyp" at offset 4, then a HEIF brand.
  return (
    bytes.subarray(4, 8).toString('latin1') === 'ftyp' &&
    /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(bytes.subarray(8, 12).toString('latin1'))
  );
}

/** The original, decoded once, upright, as raw pixels. HEIC (HEVC) is decoded by libheif, which sharp's prebuilt lacks. */
async function decode(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number; channels: 3 | 4 }> {
  if (isHeic(bytes)) {
    // libheif applies the image's own rotation and mirroring while decoding.
    const { width, height, data } = await decodeHeic({ buffer: new Uint8Array(bytes) });
    const rgb = await sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      raw: { width, height, channels: 4 },
    })
      .removeAlpha()
      .raw()
      .toBuffer();
    return { data: rgb, width, height, channels: 3 };
  }
  const { data, info } = await sharp(bytes, { limitInputPixels: 120_000_000 })
    .rotate()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels === 4 ? 4 : 3 };
}

function expectedFiles(photo: Photo, withShare: boolean): string[] {
  const variants = photo.widths.flatMap((w) => photoFormats.map(({ format }) => variantName(photo.hash, w, format)));
  return withShare ? [...variants, shareName(photo.hash)] : variants;
}

export type ProcessResult = { photo: Photo; made: boolean };

/**
 * The variants of the photo at `file` in `outDir`, made unless they are there already. `share`: also
 * the 1200×630 share image (lead photos). `metaDir` keeps each photo's size, by hash, between builds.
 */
export async function processPhoto(
  file: string,
  outDir: string,
  metaDir: string,
  share: boolean,
): Promise<ProcessResult> {
  const bytes = readFileSync(file);
  const hash = hashOf(bytes);
  const metaFile = join(metaDir, `${hash}.json`);
  if (existsSync(metaFile)) {
    const photo = JSON.parse(readFileSync(metaFile, 'utf8')) as Photo;
    if (expectedFiles(photo, share).every((name) => existsSync(join(outDir, name)))) return { photo, made: false };
  }

  const { data, width, height, channels } = await decode(bytes);
  const raw = () => sharp(data, { raw: { width, height, channels } });
  const photo: Photo = { hash, width, height, widths: widthsFor(width) };
  mkdirSync(outDir, { recursive: true });
  mkdirSync(metaDir, { recursive: true });
  for (const w of photo.widths) {
    await Promise.all(
      photoFormats.map(async ({ format }) => {
        const resized = raw().resize({ width: w, withoutEnlargement: true });
        writeFileSync(join(outDir, variantName(hash, w, format)), await encoders[format](resized).toBuffer());
      }),
    );
  }
  if (share) {
    const cropped = raw().resize({ ...shareCrop, fit: 'cover', position: sharp.strategy.attention });
    writeFileSync(join(outDir, shareName(hash)), await encoders.jpeg(cropped).toBuffer());
  }
  // Written last: a build stopped half-way leaves no record, and the next one makes the photo again.
  writeFileSync(metaFile, JSON.stringify(photo));
  return { photo, made: true };
}
