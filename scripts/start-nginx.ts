// npm start: the site as it is served in production (lib/deploy/stack.ts): Debian's nginx on PORT
// (default 3000) in front of a `next start` per core on the ports after it (WORKERS to choose), its
// files in NGINX_RUN_DIR (default .nginx). Ctrl-C or SIGTERM stops all of it. (`npm run start:next` is
// Next's server alone, for a quick look; docs/production.md says why the stack is the serve command.)
import { availableParallelism } from 'node:os';
import { builtSiteUrl, startStack } from '@/lib/deploy/stack';
import { distDir as buildDir, env } from '@/lib/env';

const port = env().PORT ?? 3000;
const workers = env().WORKERS ?? availableParallelism();
const distDir = buildDir();

const served = `http://localhost:${port}/`;
const built = builtSiteUrl(distDir);
if (built && built !== served) {
  console.warn(
    [
      '',
      `  This build was made for ${built}: its canonical links, sitemap, feeds and share images name`,
      `  that address, not ${served}, which this stack serves. Build with SITE_URL=${served.slice(0, -1)}`,
      '  to browse it here, or serve it at its own address.',
      '',
    ].join('\n'),
  );
}

try {
  const stack = await startStack({
    port,
    workers,
    distDir,
    runDir: env().NGINX_RUN_DIR ?? '.nginx',
    log: 'inherit',
  });
  console.log(`Serving ${served} (nginx in front of ${workers} workers on 127.0.0.1:${port + 1}–${port + workers})`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
  stack.nginx.on('exit', (code) => {
    if (!stopping) {
      console.error(`nginx stopped (exit ${code}): stopping the workers.`);
      void shutdown();
    }
  });
  // A worker that stops is started again, as systemd does in production (deploy/systemd); meanwhile
  // nginx sends its requests to the others, or serves the page from its cache.
  const watch = (workerPort: number, child: ReturnType<typeof stack.startWorker>) =>
    child.on('exit', (code) => {
      if (stopping) return;
      console.error(`The worker on port ${workerPort} stopped (exit ${code}): starting it again.`);
      setTimeout(() => watch(workerPort, stack.startWorker(workerPort)), 1000);
    });
  for (const [workerPort, child] of stack.workers) watch(workerPort, child);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
