// After `next build`: the checks and the HTML-only step on its output (lib/build/post-build.ts).
import { postBuild } from '@/lib/build/post-build';

try {
  postBuild({ projectDir: process.cwd(), distDir: process.env.NEXT_DIST_DIR ?? '.next' });
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
