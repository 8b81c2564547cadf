import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startStack } from '@/lib/deploy/stack';
import { fixtureSite } from '../fixture-site';
import { freePorts, listenable } from '../ports';

/*
 * npm start that cannot start (issue 33): what it started is stopped, so that the next start does
 * not meet its own workers holding their ports (EADDRINUSE), and it says so at once.
 */

const runDir = mkdtempSync(join(tmpdir(), 'stack-start-'));
let holder: Server | undefined;
afterAll(() => {
  holder?.close();
  rmSync(runDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('stops the workers it started when nginx cannot take its port, and fails at once', async () => {
    const port = await freePorts(3);
    holder = await new Promise<Server>((resolve) => {
      const server = createServer().listen(port, () => resolve(server));
    });
    const started = Date.now();
    await expect(startStack({ port, workers: 2, distDir: fixtureSite.distDir, runDir })).rejects.toThrow(
      /nginx stopped/,
    );
    expect(Date.now() - started).toBeLessThan(45_000);
    // Both workers' ports are free again.
    await new Promise((r) => setTimeout(r, 500));
    expect(await listenable(port + 1)).toBe(true);
    expect(await listenable(port + 2)).toBe(true);
  }, 90_000);
});
