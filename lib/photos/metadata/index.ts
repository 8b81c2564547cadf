import { heif, jpeg, none, png, webp } from './containers';
import type { Found } from './tiff';

/*
 * A photo's metadata (docs/decisions.md, photos): where it was taken (GPS) and with what. The press office's
 * phone writes both into the file; neither may reach the repository. The web editor cleans each photo
 * before it is uploaded (lib/cms/editor), content:check refuses a photo that still holds a position,
 * and `npm run photos:clean` cleans one without encoding it again. Plain bytes: the same code runs in
 * the browser and in Node.
 */

export type { Found as PhotoMetadata } from './tiff';

type Format = 'jpeg' | 'png' | 'webp' | 'heif';

function formatOf(bytes: Uint8Array): Format | undefined {
  const text = (from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (text(0, 8) === '\x89PNG\r\n\x1a\n') return 'png';
  if (text(0, 4) === 'RIFF' && text(8, 4) === 'WEBP') return 'webp';
  if (text(4, 4) === 'ftyp') return 'heif';
  return undefined;
}

function visit(bytes: Uint8Array, clean: boolean): { found: Found; bytes: Uint8Array } {
  switch (formatOf(bytes)) {
    case 'jpeg':
      return { found: jpeg(bytes, clean), bytes };
    case 'png':
      return png(bytes, clean);
    case 'webp':
      return { found: webp(bytes, clean), bytes };
    case 'heif':
      return { found: heif(bytes, clean), bytes };
    default:
      return { found: none(), bytes };
  }
}

/** What the photo's metadata holds: a position (gps), and anything about the camera or the author. */
export function readPhotoMetadata(bytes: Uint8Array): Found {
  return visit(bytes, false).found;
}

/** The photo without its position and camera metadata: the same picture, not encoded again. */
export function withoutPhotoMetadata(bytes: Uint8Array): Uint8Array {
  return visit(bytes.slice(), true).bytes;
}
