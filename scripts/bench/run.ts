import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { waitFor } from '@/lib/deploy/processes';

/** The environment of every command the benchmark runs. */
export const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

export const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** `next start` of the build in `distDir` on `port`, up and answering. */
export async function startNext(distDir: string, port: number, extra: Record<string, string> = {}) {
  const child = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    env: { ...env, NEXT_DIST_DIR: distDir, ...extra },
    detached: true,
    stdio: 'ignore',
  });
  await waitFor(`http://127.0.0.1:${port}/kk`);
  return child;
}

/** Resident memory of a process and all its descendants, in bytes (from /proc): now, or at its peak (VmHWM). */
export function treeRss(root: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    try {
      total +=
        Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
