/*
 * What the site serves for a photo: the original is never served. The build makes it in a few widths
 * (never wider than the original) as AVIF and WebP, with JPEG for browsers that read neither, named by
 * the hash of the original's bytes so that a changed photo gets new addresses and old ones can be
 * cached for ever. The photo's own metadata (EXIF, GPS position, camera) is not carried over.
 */

/** Photo data the pages need: where the variants are, and the size after EXIF orientation. */
export type Photo = {
  /** sha256 of the original file, first 16 hex digits. */
  hash: string;
  width: number;
  height: number;
  /** The widths made, ascending; the last is the photo's own width or the largest of `photoWidths`. */
  widths: number[];
};

/** What phones and cameras produce, in lower case. */
export const photoExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.heic', '.heif'] as const;
export const MAX_PHOTO_BYTES = 30 * 2 ** 20;

/** 1080 covers a 390 px phone at 3 device pixels per CSS pixel; 1920 a full-width desktop photo. */
export const photoWidths = [360, 720, 1080, 1440, 1920] as const;

export const photoFormats = [
  { format: 'avif', type: 'image/avif' },
  { format: 'webp', type: 'image/webp' },
  { format: 'jpeg', type: 'image/jpeg' },
] as const;
export type PhotoFormat = (typeof photoFormats)[number]['format'];

/** The share image (Open Graph) made from a lead photo: a 1200×630 crop. */
export const shareCrop = { width: 1200, height: 630 } as const;

export const PHOTOS_PATH = '/photos';

const extension: Record<PhotoFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

export function widthsFor(originalWidth: number): number[] {
  const largest = Math.min(originalWidth, Math.max(...photoWidths));
  return [...new Set([...photoWidths.filter((w) => w < largest), largest])];
}

export function variantName(hash: string, width: number, format: PhotoFormat): string {
  return `${hash}-${width}.${extension[format]}`;
}

export function shareName(hash: string): string {
  return `${hash}-share.jpg`;
}

export function variantUrl(hash: string, width: number, format: PhotoFormat): string {
  return `${PHOTOS_PATH}/${variantName(hash, width, format)}`;
}

export function shareUrl(hash: string): string {
  return `${PHOTOS_PATH}/${shareName(hash)}`;
}

/** `srcset` of one format, up to `maxWidth` (thumbnails need no large variants). */
export function srcSet(photo: Photo, format: PhotoFormat, maxWidth = Infinity): string {
  const widths = photo.widths.filter((w, i) => w <= maxWidth || i === 0);
  return widths.map((w) => `${variantUrl(photo.hash, w, format)} ${w}w`).join(', ');
}

/** Where a photo stands on the page, as `sizes` and the widest variant worth offering there. */
export const photoPlacements = {
  /** The reading column of an article (46rem at most; on a phone the screen less its margins). */
  column: { sizes: '(min-width: 48rem) 46rem, calc(100vw - 2rem)', maxWidth: Infinity },
  /** A list card's thumbnail. */
  thumbnail: { sizes: '8rem', maxWidth: 360 },
} as const;
export type PhotoPlacement = keyof typeof photoPlacements;

/** The attributes of `<picture>`'s sources and `<img>`, for the markdown pipeline and for React alike. */
export function pictureAttributes(photo: Photo, placement: PhotoPlacement) {
  const { sizes, maxWidth } = photoPlacements[placement];
  const fallback = photo.widths.filter((w) => w <= Math.min(maxWidth, 1080)).at(-1) ?? photo.widths[0] ?? photo.width;
  return {
    sources: photoFormats
      .filter(({ format }) => format !== 'jpeg')
      .map(({ format, type }) => ({ type, srcSet: srcSet(photo, format, maxWidth), sizes })),
    img: {
      src: variantUrl(photo.hash, fallback, 'jpeg'),
      srcSet: srcSet(photo, 'jpeg', maxWidth),
      sizes,
      width: photo.width,
      height: photo.height,
    },
  };
}
