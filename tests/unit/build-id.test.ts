import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildId } from '@/lib/build/build-id';

afterEach(() => vi.unstubAllEnvs());

describe('the build id', () => {
  it('is the commit built, so that every build of one commit names its pages and assets alike', () => {
    vi.stubEnv('BUILD_ID', '');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    expect(buildId()).toBe(head);
    expect(buildId()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('is BUILD_ID when the operator gives one', () => {
    vi.stubEnv('BUILD_ID', 'release-2026-12-05');
    expect(buildId()).toBe('release-2026-12-05');
  });

  it("is left to Next outside a git checkout (a random id of Next's own)", () => {
    vi.stubEnv('BUILD_ID', '');
    const dir = mkdtempSync(join(tmpdir(), 'build-id-'));
    try {
      expect(buildId(dir)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
