import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * Guards the reason for the site's own 404 handling (docs/decisions.md, unknown paths): this builds the smallest
 * app that calls notFound() and fails the day Next renders its page into the HTML; then the
 * workaround can go.
 */

const app = 'tests/fixtures/next-not-found';
const next = 'node_modules/next/dist/bin/next';
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe("Next's notFound()", () => {
  let server: ChildProcess | undefined;
  afterAll(() => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    rmSync(`${app}/.next`, { recursive: true, force: true });
  });

  it('still answers with an empty HTML shell in production, so the 404 workaround is still needed', async () => {
    await promisify(execFile)('node', [next, 'build', app], { env });
    const port = await freePort();
    server = spawn('node', [next, 'start', '-p', String(port), app], { env, detached: true, stdio: 'ignore' });
    let unmatched: Response | undefined;
    for (let i = 0; i < 100 && !unmatched; i++) {
      unmatched = await fetch(`http://127.0.0.1:${port}/no-such-page`).catch(() => undefined);
      if (!unmatched) await new Promise((r) => setTimeout(r, 100));
    }
    // An unmatched address renders the not-found page into the HTML…
    expect(await unmatched?.text()).toContain('<main>Бет табылмады</main>');
    // …but a page that calls notFound() does not: when this fails, Next has fixed it.
    const gone = await fetch(`http://127.0.0.1:${port}/gone`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain('<main>Бет табылмады</main>');
  }, 180_000);
});
