import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { siteFilePath } from '@/lib/build-output';
import { brotliInstalled, type NginxOptions, standaloneConfig } from './nginx-config';
import { stopGroup, waitFor } from './processes';

/*
 * The production stack on one machine: a `next start` per worker on loopback and Debian's nginx in
 * front (npm start, the benchmark, the end-to-end tests against it).
 */

export type StackOptions = {
  /** The port nginx listens on. */
  port: number;
  workers: number;
  projectDir?: string;
  distDir?: string;
  /** Where nginx writes its configuration, cache, logs and temporary files. */
  runDir: string;
  pageCacheSeconds?: number;
  /** Where the workers' output goes. */
  log?: 'inherit' | 'ignore';
  /** More of the workers' environment (the benchmark's databases). */
  env?: Record<string, string>;
  /** A balancer's addresses in front: the client's address read from its X-Forwarded-For. */
  realIpFrom?: string[];
};

export type Stack = {
  nginx: ChildProcess;
  workers: Map<number, ChildProcess>;
  /** Starts the worker on that port again (after a crash, or in the benchmark's fault run). */
  startWorker: (port: number) => ChildProcess;
  stop: () => Promise<void>;
};

/** The address the build's absolute URLs name (lib/build/post-build.ts writes it). */
export function builtSiteUrl(distDir: string): string | undefined {
  const file = siteFilePath(distDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { siteUrl: string }).siteUrl : undefined;
}

export function workerPorts(port: number, workers: number): number[] {
  return Array.from({ length: workers }, (_, i) => port + 1 + i);
}

export async function startStack(options: StackOptions): Promise<Stack> {
  const projectDir = resolve(options.projectDir ?? '.');
  const distDir = options.distDir ?? '.next';
  const absoluteDist = resolve(projectDir, distDir);
  if (!existsSync(join(absoluteDist, 'BUILD_ID')))
    throw new Error(`No build in ${absoluteDist}: run npm run build first.`);
  const runDir = resolve(options.runDir);
  const cacheDir = join(runDir, 'cache');
  // Each start serves its build from an empty cache.
  rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const ports = workerPorts(options.port, options.workers);

  const startWorker = (port: number) => {
    const child = spawn(
      process.execPath,
      [join(projectDir, 'node_modules/next/dist/bin/next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
      {
        cwd: projectDir,
        env: {
          ...process.env,
          ...options.env,
          NEXT_DIST_DIR: distDir,
          NEXT_TELEMETRY_DISABLED: '1',
          NODE_ENV: 'production',
        },
        detached: true,
        stdio: ['ignore', options.log ?? 'ignore', options.log ?? 'ignore'],
      },
    );
    workers.set(port, child);
    return child;
  };
  const workers = new Map<number, ChildProcess>();
  let nginx: ChildProcess | undefined;
  const stop = async () => {
    for (const child of [...(nginx ? [nginx] : []), ...workers.values()]) stopGroup(child);
    await sleep(300);
  };
  // A start that fails part way stops what it started: no worker is left holding its port.
  try {
    for (const port of ports) startWorker(port);
    await Promise.all(ports.map((port) => waitFor(`http://127.0.0.1:${port}/kk`)));

    const siteUrl = builtSiteUrl(absoluteDist) ?? `http://localhost:${options.port}/`;
    const nginxOptions: NginxOptions = {
      siteUrl,
      listen: String(options.port),
      workerPorts: ports,
      projectDir,
      distDir: absoluteDist,
      cacheDir,
      pageCacheSeconds: options.pageCacheSeconds,
      brotli: brotliInstalled(),
      realIpFrom: options.realIpFrom,
    };
    // As root, nginx's workers run as nobody: they read the site's files and write only in runDir.
    const asRoot = process.getuid?.() === 0;
    const { nginx: mainConfig, site } = standaloneConfig({
      ...nginxOptions,
      runDir,
      user: asRoot ? 'nobody nogroup' : undefined,
    });
    nginx = await startNginx(runDir, { nginx: mainConfig, site }, options.port, (server) => (nginx = server));
  } catch (error) {
    await stop();
    throw error;
  }
  return { nginx, workers, startWorker, stop };
}

/**
 * Debian's nginx on these configuration files, written into runDir (as root its workers run as nobody,
 * who then owns runDir); resolves once it answers on `port`. nginx that cannot start (its port taken)
 * says why on its own output and exits: then it rejects at once. `started` is told of the process as
 * soon as there is one, for whoever must stop it if this fails.
 */
export async function startNginx(
  runDir: string,
  config: { nginx: string; site: string },
  port: number,
  started: (nginx: ChildProcess) => void = () => undefined,
): Promise<ChildProcess> {
  writeFileSync(join(runDir, 'nginx.conf'), config.nginx);
  writeFileSync(join(runDir, 'site.conf'), config.site);
  for (const dir of ['client-body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(runDir, dir), { recursive: true });
  if (process.getuid?.() === 0)
    for (const dir of [runDir, ...readdirSync(runDir).map((d) => join(runDir, d))]) chownSync(dir, 65534, 65534);
  execFileSync('/usr/sbin/nginx', ['-t', '-q', '-c', join(runDir, 'nginx.conf'), '-p', runDir], { stdio: 'inherit' });
  const server = spawn('/usr/sbin/nginx', ['-c', join(runDir, 'nginx.conf'), '-p', runDir, '-g', 'daemon off;'], {
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  started(server);
  const exited = new Promise<never>((_, reject) =>
    server.once('exit', (code) => reject(new Error(`nginx stopped (exit ${code}) before it answered`))),
  );
  exited.catch(() => undefined);
  await Promise.race([waitFor(`http://127.0.0.1:${port}/kk`), exited]);
  return server;
}
