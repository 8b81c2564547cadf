import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { photoReferences, readContentFiles } from '@/lib/content/read';
import { buildPhotos } from '../../lib/photos/build';
import { makePhoto } from '../../tests/fixtures/photos';

/**
 * The photo build for 50 phone-sized photographs (4000×3000, made once into .bench/photos and kept):
 * cold (nothing made yet) and warm (a rebuild with the same photos).
 */
export async function photoBuild(): Promise<string[]> {
  const originals = '.bench/photos';
  mkdirSync(originals, { recursive: true });
  for (let i = 1; i <= 50; i++) {
    const file = join(originals, `photo-${i}.jpg`);
    if (!existsSync(file)) writeFileSync(file, await makePhoto(4000, 3000, 100 + i));
  }
  const work = mkdtempSync(join(tmpdir(), 'bench-photos-'));
  try {
    const content = join(work, 'content');
    mkdirSync(join(content, 'news/photos'), { recursive: true });
    const body = Array.from(
      { length: 50 },
      (_, i) => `![Сурет ${i + 1}](/images/photo-${i + 1}.jpg)\n\nСурет: сынақ`,
    ).join('\n\n');
    writeFileSync(join(content, 'news/photos/index.kk.md'), `---\ntitle: x\n---\n\n${body}\n`);
    const options = {
      contentDir: content,
      publicDir: join(work, 'public'),
      outDir: join(work, 'out'),
      metaDir: join(work, 'meta'),
      manifestFile: join(work, 'photos.json'),
      references: photoReferences(readContentFiles(content)),
    };
    mkdirSync(join(work, 'public'), { recursive: true });
    // public/images/ of this run is the kept originals.
    symlinkSync(join(process.cwd(), originals), join(work, 'public/images'));
    const cold = await buildPhotos(options);
    const warm = await buildPhotos(options);
    return [
      '| photo build, 50 photographs of 4000×3000 | photos made | time |',
      '| --- | ---: | ---: |',
      `| cold (nothing made yet) | ${cold.made} | ${cold.seconds.toFixed(1)} s |`,
      `| warm (a rebuild, the same photos) | ${warm.made} | ${warm.seconds.toFixed(1)} s |`,
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
