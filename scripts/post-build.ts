// After `next build`: the checks and the HTML-only step on its output (lib/build/post-build.ts).
import { postBuild } from '@/lib/build/post-build';
import { contentDir, distDir } from '@/lib/env';

try {
  postBuild({ projectDir: process.cwd(), distDir: distDir(), contentDir: contentDir() });
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
