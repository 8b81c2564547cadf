/*
 * Exif (a TIFF structure inside the photo file), read and cleaned in place: the GPS position and every
 * tag that says who took the photo with what (camera, lens, serial numbers, dates, maker notes) are
 * removed; what draws the picture upright and at its size is kept. Nothing moves: the file keeps its
 * length, and the pixels are never decoded.
 */

/** What the Exif holds that must not reach the repository. */
export type Found = { gps: boolean; camera: boolean };

const IFD_POINTERS = new Set([0x8769 /* Exif */, 0xa005 /* interoperability */]);
const GPS_POINTER = 0x8825;
/** Tags that draw the picture (and point to the thumbnail): everything else goes. */
const KEPT = new Set([
  0x0100,
  0x0101,
  0x0102,
  0x0103,
  0x0106,
  0x0112 /* orientation */,
  0x0115,
  0x011a,
  0x011b,
  0x011c,
  0x0128,
  0x0201,
  0x0202 /* thumbnail */,
  0x0211,
  0x0212,
  0x0213,
  0x9000,
  0x9101,
  0xa000,
  0xa001,
  0xa002,
  0xa003,
  0x0001,
  0x0002 /* interoperability index, version */,
  ...IFD_POINTERS,
]);
const SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
  13: 4,
};

export class UnreadableMetadata extends Error {}

/**
 * Reads (and with `clean`, cleans) the TIFF structure at bytes[start, end). A structure it cannot
 * follow counts as holding a position, and cleaning blanks all of it.
 */
export function tiff(bytes: Uint8Array, start: number, end: number, clean: boolean): Found {
  if (isBlank(bytes, start, end)) return { gps: false, camera: false };
  try {
    return walk(bytes, start, end, clean);
  } catch (error) {
    if (!(error instanceof UnreadableMetadata)) throw error;
    if (clean) bytes.fill(0, start, end);
    return { gps: !clean, camera: !clean };
  }
}

export const isBlank = (bytes: Uint8Array, start: number, end: number) =>
  bytes.subarray(start, end).every((b) => b === 0);

function walk(bytes: Uint8Array, start: number, end: number, clean: boolean): Found {
  const view = new DataView(bytes.buffer, bytes.byteOffset + start, end - start);
  const size = end - start;
  const order = String.fromCharCode(bytes[start] ?? 0, bytes[start + 1] ?? 0);
  if (order !== 'II' && order !== 'MM') throw new UnreadableMetadata('byte order');
  const little = order === 'II';
  const inside = (at: number, length: number) => {
    if (at < 0 || length < 0 || at + length > size) throw new UnreadableMetadata('outside');
  };
  const u16 = (at: number) => (inside(at, 2), view.getUint16(at, little));
  const u32 = (at: number) => (inside(at, 4), view.getUint32(at, little));
  if (u16(2) !== 42) throw new UnreadableMetadata('not TIFF');

  const found: Found = { gps: false, camera: false };
  const seen = new Set<number>();
  const blank = (at: number, length: number) => {
    inside(at, length);
    if (clean) bytes.fill(0, start + at, start + at + length);
  };

  /** One directory: its entries kept or removed, the pointers it holds followed. */
  const directory = (offset: number, gps: boolean): void => {
    if (offset === 0) return;
    if (seen.has(offset) || seen.size > 16) throw new UnreadableMetadata('loop');
    seen.add(offset);
    const count = u16(offset);
    inside(offset + 2, count * 12 + 4);
    const next = u32(offset + 2 + count * 12);
    const kept: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry);
      const type = u16(entry + 2);
      const length = u32(entry + 4) * (SIZES[type] ?? 1);
      const dataAt = length > 4 ? u32(entry + 8) : entry + 8;
      inside(dataAt, length);
      if (!gps && IFD_POINTERS.has(tag)) directory(u32(entry + 8), false);
      if (!gps && tag === GPS_POINTER) {
        directory(u32(entry + 8), true);
        continue;
      }
      if (gps || !KEPT.has(tag)) {
        if (gps)
          found.gps ||=
            (tag === 2 || tag === 4) && bytes.subarray(start + dataAt, start + dataAt + length).some((b) => b !== 0);
        else found.camera ||= bytes.subarray(start + dataAt, start + dataAt + length).some((b) => b !== 0);
        if (length > 4) blank(dataAt, length);
        continue;
      }
      kept.push(bytes.slice(start + entry, start + entry + 12));
    }
    if (clean) {
      // The kept entries close up; the directory says how many are left and where the next one is.
      blank(offset, 2 + count * 12 + 4);
      view.setUint16(offset, gps ? 0 : kept.length, little);
      kept.forEach((entry, i) => bytes.set(entry, start + offset + 2 + i * 12));
      view.setUint32(offset + 2 + (gps ? 0 : kept.length) * 12, gps ? 0 : next, little);
    }
    if (!gps) directory(next, false);
  };

  directory(u32(4), false);
  return found;
}
