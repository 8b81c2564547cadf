import { type Found, isBlank, tiff } from './tiff';

/*
 * Where each photo format keeps its Exif and XMP: JPEG's APP segments, PNG's chunks, WebP's RIFF
 * chunks, HEIC's items. Each reads them, and with `clean` empties them where they lie.
 */

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, Math.min(bytes.length, from + length)));
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number) =>
  (b[at] ?? 0) + ((b[at + 1] ?? 0) << 8) + ((b[at + 2] ?? 0) << 16) + (b[at + 3] ?? 0) * 0x1000000;

export const none = (): Found => ({ gps: false, camera: false });
const merge = (a: Found, b: Found): Found => ({ gps: a.gps || b.gps, camera: a.camera || b.camera });

/** An XMP packet: XML text; a position is written as exif:GPSLatitude. Cleaned to spaces. */
function xmp(bytes: Uint8Array, from: number, to: number, clean: boolean): Found {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(from, to));
  const found = { gps: /GPS(Latitude|Longitude)/.test(text), camera: text.trim().length > 0 };
  if (clean) bytes.fill(0x20, from, to);
  return found;
}

const EXIF_HEADER = 'Exif\0\0';
const XMP_HEADER = 'http://ns.adobe.com/xap/1.0/\0';
const XMP_EXTENSION = 'http://ns.adobe.com/xmp/extension/\0';

export function jpeg(bytes: Uint8Array, clean: boolean): Found {
  let found = none();
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // The image data begins (or ends): no metadata after it.
    if (marker === 0xda || marker === 0xd9) break;
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    const from = at + 4;
    const to = Math.min(bytes.length, at + 2 + u16be(bytes, at + 2));
    if (marker === 0xe1 && ascii(bytes, from, 6) === EXIF_HEADER)
      found = merge(found, tiff(bytes, from + 6, to, clean));
    else if (marker === 0xe1 && ascii(bytes, from, XMP_HEADER.length) === XMP_HEADER)
      found = merge(found, xmp(bytes, from + XMP_HEADER.length, to, clean));
    else if (marker === 0xe1 && ascii(bytes, from, XMP_EXTENSION.length) === XMP_EXTENSION)
      found = merge(found, xmp(bytes, from + XMP_EXTENSION.length + 40, to, clean));
    else if (marker === 0xed) {
      // Photoshop's IPTC block: the photographer, the place's name.
      found.camera ||= to > from;
      if (clean) bytes.fill(0, from, to);
    }
    at = to;
  }
  return found;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const PNG_TEXT = new Set(['tEXt', 'zTXt', 'iTXt']);

/** PNG: eXIf cleaned in place (its checksum made again); text chunks (XMP, a raw Exif profile) left out. */
export function png(input: Uint8Array, clean: boolean): { found: Found; bytes: Uint8Array } {
  let found = none();
  const parts: Uint8Array[] = [input.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= input.length) {
    const length = u32be(input, at);
    const type = ascii(input, at + 4, 4);
    const end = Math.min(input.length, at + 12 + length);
    const chunk = input.subarray(at, end);
    if (type === 'eXIf') {
      found = merge(found, tiff(input, at + 8, at + 8 + length, clean));
      if (clean)
        new DataView(input.buffer, input.byteOffset).setUint32(
          at + 8 + length,
          crc32(input.subarray(at + 4, at + 8 + length)),
        );
    }
    if (PNG_TEXT.has(type)) {
      const keyword = ascii(input, at + 8, 80).split('\0')[0] ?? '';
      if (keyword === 'XML:com.adobe.xmp' || /^Raw profile type/i.test(keyword)) {
        // A compressed profile cannot be read here: counted as holding a position.
        const text = ascii(input, at + 8, length);
        found = merge(found, { gps: type !== 'iTXt' || /GPS(Latitude|Longitude)/.test(text), camera: true });
      }
    }
    if (!(clean && PNG_TEXT.has(type))) parts.push(chunk);
    at = end;
    if (type === 'IEND') break;
  }
  parts.push(input.subarray(at));
  if (!clean) return { found, bytes: input };
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return { found, bytes: out };
}

export function webp(bytes: Uint8Array, clean: boolean): Found {
  let found = none();
  let at = 12;
  while (at + 8 <= bytes.length) {
    const type = ascii(bytes, at, 4);
    const length = u32le(bytes, at + 4);
    const from = at + 8;
    const to = Math.min(bytes.length, from + length);
    if (type === 'EXIF') {
      const skip = ascii(bytes, from, 6) === EXIF_HEADER ? 6 : 0;
      found = merge(found, tiff(bytes, from + skip, to, clean));
    }
    if (type === 'XMP ') found = merge(found, xmp(bytes, from, to, clean));
    at = to + (length % 2);
  }
  return found;
}

type Box = { type: string; start: number; body: number; end: number };

function* boxes(bytes: Uint8Array, from: number, to: number): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = u32be(bytes, at);
    let body = at + 8;
    if (size === 1) {
      size = u32be(bytes, at + 8) * 2 ** 32 + u32be(bytes, at + 12);
      body = at + 16;
    } else if (size === 0) size = to - at;
    if (size < 8 || at + size > to) return;
    yield { type: ascii(bytes, at + 4, 4), start: at, body, end: at + size };
    at += size;
  }
}

/** HEIC (and AVIF): the meta box names the Exif and XMP items; iloc says where their bytes lie. */
export function heif(bytes: Uint8Array, clean: boolean): Found {
  const meta = [...boxes(bytes, 0, bytes.length)].find((b) => b.type === 'meta');
  if (!meta) return none();
  const children = [...boxes(bytes, meta.body + 4, meta.end)];
  const kinds = new Map<number, 'exif' | 'xmp'>();
  const iinf = children.find((b) => b.type === 'iinf');
  if (iinf) {
    const version = bytes[iinf.body]!;
    for (const infe of boxes(bytes, iinf.body + 4 + (version === 0 ? 2 : 4), iinf.end)) {
      const v = bytes[infe.body]!;
      if (infe.type !== 'infe' || v < 2) continue;
      const id = v === 2 ? u16be(bytes, infe.body + 4) : u32be(bytes, infe.body + 4);
      const typeAt = infe.body + 4 + (v === 2 ? 2 : 4) + 2;
      const type = ascii(bytes, typeAt, 4);
      const contentType = type === 'mime' ? (ascii(bytes, typeAt + 4, 64).split('\0')[1] ?? '') : '';
      if (type === 'Exif') kinds.set(id, 'exif');
      if (type === 'mime' && contentType.startsWith('application/rdf+xml')) kinds.set(id, 'xmp');
    }
  }
  const iloc = children.find((b) => b.type === 'iloc');
  const idat = children.find((b) => b.type === 'idat');
  if (!iloc || kinds.size === 0) return none();
  const version = bytes[iloc.body]!;
  let at = iloc.body + 4;
  const read = (size: number) => {
    const value =
      size === 0
        ? 0
        : size === 2
          ? u16be(bytes, at)
          : size === 4
            ? u32be(bytes, at)
            : u32be(bytes, at) * 2 ** 32 + u32be(bytes, at + 4);
    at += size;
    return value;
  };
  const offsetSize = bytes[at]! >> 4;
  const lengthSize = bytes[at]! & 15;
  const baseSize = bytes[at + 1]! >> 4;
  const indexSize = version > 0 ? bytes[at + 1]! & 15 : 0;
  at += 2;
  const count = read(version < 2 ? 2 : 4);
  let found = none();
  for (let i = 0; i < count && at < iloc.end; i++) {
    const id = read(version < 2 ? 2 : 4);
    const method = version > 0 ? read(2) & 15 : 0;
    read(2);
    const base = read(baseSize);
    const extents = read(2);
    const ranges: [number, number][] = [];
    for (let e = 0; e < extents; e++) {
      read(indexSize);
      const offset = read(offsetSize);
      const length = read(lengthSize);
      const origin = method === 1 && idat ? idat.body : 0;
      ranges.push([origin + base + offset, origin + base + offset + length]);
    }
    const kind = kinds.get(id);
    if (!kind) continue;
    for (const [from, to] of ranges) {
      if (to > bytes.length || from >= to) continue;
      if (kind === 'xmp') found = merge(found, xmp(bytes, from, to, clean));
      else if (ranges.length === 1) found = merge(found, tiff(bytes, from + 4 + u32be(bytes, from), to, clean));
      else {
        // Exif in pieces: not followed, only emptied.
        if (!isBlank(bytes, from, to)) found = merge(found, { gps: true, camera: true });
        if (clean) bytes.fill(0, from, to);
      }
    }
  }
  return found;
}
