import exifr from 'exifr';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readPhotoMetadata, withoutPhotoMetadata } from '@/lib/photos/metadata';

// As a phone writes it: who made the camera, its serial number, when, and where.
const exif = {
  IFD0: { Make: 'TestPhone', Model: 'Fixture', Software: 'Camera 1.0', Artist: 'Someone' },
  IFD2: { BodySerialNumber: '123456789', DateTimeOriginal: '2026:03:20 10:15:32' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '44/1 51/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '65/1 30/1 0/1' },
};

async function photo(format: 'jpeg' | 'png' | 'webp' | 'avif') {
  const pixels = sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 40 } } });
  return new Uint8Array(
    await pixels
      .toFormat(format, format === 'jpeg' || format === 'webp' ? { quality: 90 } : {})
      .withMetadata({ orientation: 6 })
      .withExifMerge(exif)
      .toBuffer(),
  );
}

const pixelsOf = async (bytes: Uint8Array) => sharp(bytes).raw().toBuffer();

/** The Exif tags as libvips finds them in any of the formats, read by exifr (another reader than ours). */
async function tagsOf(bytes: Uint8Array): Promise<Record<string, unknown>> {
  const { exif } = await sharp(bytes).metadata();
  if (!exif) return {};
  const start = [exif.indexOf('II*\0', 0, 'latin1'), exif.indexOf('MM\0*', 0, 'latin1')].filter((i) => i >= 0);
  if (start.length === 0) return {};
  return ((await exifr.parse(exif.subarray(Math.min(...start)), { gps: true, tiff: true, exif: true })) ??
    {}) as Record<string, unknown>;
}

describe('a photo’s position and camera metadata', () => {
  for (const format of ['jpeg', 'png', 'webp', 'avif'] as const) {
    it(`are read and removed from ${format}, keeping the picture and its orientation`, async () => {
      const original = await photo(format);
      expect(readPhotoMetadata(original)).toEqual({ gps: true, camera: true });
      expect(await tagsOf(original)).toMatchObject({ Make: 'TestPhone', GPSLatitudeRef: 'N' });

      const cleaned = withoutPhotoMetadata(original);
      expect(readPhotoMetadata(cleaned)).toEqual({ gps: false, camera: false });
      const tags = await tagsOf(cleaned);
      expect(tags).not.toHaveProperty('latitude');
      expect(tags).not.toHaveProperty('GPSLatitude');
      expect(tags).not.toHaveProperty('Make');
      expect(tags).not.toHaveProperty('BodySerialNumber');
      expect(tags).not.toHaveProperty('DateTimeOriginal');
      // Not encoded again: the same pixels, the same orientation, and (but for PNG's text) the same length.
      const { orientation } = await sharp(original).metadata();
      if (format !== 'avif') expect(orientation).toBe(6);
      expect((await sharp(cleaned).metadata()).orientation).toBe(orientation);
      expect(await pixelsOf(cleaned)).toEqual(await pixelsOf(original));
      if (format !== 'png') expect(cleaned.length).toBe(original.length);
      // The original is left as it was.
      expect(readPhotoMetadata(original).gps).toBe(true);
    });
  }

  // AVIF above is the same container as an iPhone's HEIC (items named in iinf, found through iloc).
  it('are looked for in an iPhone’s HEIC, which keeps its bytes when it has none', () => {
    const heic = new Uint8Array(readFileSync('tests/fixtures/photos/phone.heic'));
    expect(readPhotoMetadata(heic)).toEqual({ gps: false, camera: false });
    expect(withoutPhotoMetadata(heic)).toEqual(heic);
  });

  it('count as a position when they cannot be followed, and are emptied', async () => {
    const original = await photo('jpeg');
    // The Exif's first directory pointed past its end.
    const start = Buffer.from(original).indexOf('Exif\0\0') + 6;
    const broken = original.slice();
    new DataView(broken.buffer).setUint32(start + 4, 0x7fffffff, broken[start] === 0x49);
    expect(readPhotoMetadata(broken).gps).toBe(true);
    const cleaned = withoutPhotoMetadata(broken);
    expect(readPhotoMetadata(cleaned).gps).toBe(false);
    expect(await pixelsOf(cleaned)).toEqual(await pixelsOf(original));
  });

  it('leave a photo without metadata, and what is not a photo, as they are', async () => {
    const plain = new Uint8Array(
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .jpeg()
        .toBuffer(),
    );
    expect(readPhotoMetadata(plain)).toEqual({ gps: false, camera: false });
    expect(withoutPhotoMetadata(plain)).toEqual(plain);
    const text = new TextEncoder().encode('not a photo');
    expect(withoutPhotoMetadata(text)).toEqual(text);
  });
});
