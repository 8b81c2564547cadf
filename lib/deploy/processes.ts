import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Waits until a server started a moment ago answers `url` with anything but a server error (the
 * production stack, the benchmark's servers, the editor's local backend in tests and screenshots).
 */
export async function waitFor(
  url: string,
  { timeoutMs = 60_000, init }: { timeoutMs?: number; init?: RequestInit } = {},
) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const response = await fetch(url, { redirect: 'manual', ...init });
      if (response.status < 500) return;
    } catch {
      // Not up yet.
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Stops a process started with `detached: true`, and everything it started. */
export function stopGroup(child: ChildProcess) {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
