import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/*
 * Ports the tests can listen on: asked of the system, never fixed, so that the suite runs beside
 * anything else on the machine (a developer's `npm run cms`, another checkout's tests).
 */

/** A port nobody listens on now, and the `count - 1` after it. */
export async function freePorts(count = 1): Promise<number> {
  for (;;) {
    const base = await new Promise<number>((resolve, reject) => {
      const server = createServer()
        .once('error', reject)
        .listen(0, '127.0.0.1', () => {
          const { port } = server.address() as { port: number };
          server.close(() => resolve(port));
        });
    });
    if (base + count > 65535) continue;
    const rest = await Promise.all(Array.from({ length: count - 1 }, (_, i) => listenable(base + 1 + i)));
    if (rest.every(Boolean)) return base;
  }
}

/** Whether nothing listens on this loopback port now. */
export function listenable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** `freePorts`, for a configuration file that cannot wait (playwright.config.ts). */
export function freePortsSync(count = 1): number {
  return Number(
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./tests/ports.ts').then(async (m) => console.log(await m.freePorts(${count})))`,
      ],
      {
        encoding: 'utf8',
      },
    ).trim(),
  );
}
