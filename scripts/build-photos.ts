// Before the content compile: the variants of every photo the articles show (lib/photos/build.ts).
import { buildPhotos, defaultMetaDir, defaultOutDir, defaultPhotoFolders } from '@/lib/photos/build';

const result = await buildPhotos({ ...defaultPhotoFolders(), outDir: defaultOutDir, metaDir: defaultMetaDir });
console.log(
  `Photos: ${result.photos} (${result.made} made, ${result.photos - result.made} unchanged) in ${result.seconds.toFixed(1)} s`,
);
