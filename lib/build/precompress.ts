import { readFileSync, statSync, writeFileSync } from 'node:fs';

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { filesBelow } from '@/lib/files';

const compressible = /\.(css|js|mjs|json|svg|txt|xml|webmanifest)$/;

/**
 * A .gz and a .br beside each compressible file below `dir`, at the strongest settings: nginx sends
 * them as they are (gzip_static, brotli_static) instead of compressing on every request.
 */
export function precompress(dir: string): { files: number; bytes: number; gzip: number; brotli: number } {
  const totals = { files: 0, bytes: 0, gzip: 0, brotli: 0 };
  for (const path of filesBelow(dir, (name) => compressible.test(name))) {
    if (statSync(path).size < 256) continue;
    const bytes = readFileSync(path);
    const gzip = gzipSync(bytes, { level: 9 });
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    writeFileSync(`${path}.gz`, gzip);
    writeFileSync(`${path}.br`, brotli);
    totals.files += 1;
    totals.bytes += bytes.length;
    totals.gzip += gzip.length;
    totals.brotli += brotli.length;
  }
  return totals;
}
