import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addressKey, SiteSecretMissing, stampKeys } from '@/lib/feedback/keys';
import { newStamp, readStamp } from '@/lib/feedback/stamp';

/* The site's secret, kept outside the database (lib/feedback/keys.ts). */

const dir = mkdtempSync(join(tmpdir(), 'site-keys-'));
afterEach(() => vi.unstubAllEnvs());

describe('the site’s secret', () => {
  it('on one machine: a file of DATA_DIR made once, readable by its owner alone', () => {
    vi.stubEnv('SITE_SECRET', '');
    vi.stubEnv('DATA_DIR', join(dir, 'data'));
    const first = addressKey();
    const file = join(dir, 'data', 'site.key');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(addressKey()).toBe(first);
    // Derived per use: a stamp's key tells nothing of the addresses' key.
    expect(stampKeys()).toHaveLength(1);
    expect(stampKeys()[0]).not.toBe(first);
    rmSync(dir, { recursive: true, force: true });
  });

  it('from SITE_SECRET, the first in use and the one before still accepted on open forms', () => {
    vi.stubEnv('DATA_DIR', join(dir, 'unused'));
    vi.stubEnv('SITE_SECRET', 'the-secret-before-the-rotation-0001');
    const before = addressKey();
    const open = newStamp(stampKeys()[0]!, 1_764_900_000_000);
    vi.stubEnv('SITE_SECRET', 'the-new-secret-after-the-rotation-02 the-secret-before-the-rotation-0001');
    expect(addressKey()).not.toBe(before);
    expect(readStamp(stampKeys(), open)).toMatchObject({ at: 1_764_900_000_000 });
    vi.stubEnv('SITE_SECRET', 'the-new-secret-after-the-rotation-02');
    expect(readStamp(stampKeys(), open)).toBeUndefined();
  });

  it('with PostgreSQL, only from SITE_SECRET: several nodes must hash and sign alike', () => {
    vi.stubEnv('SITE_SECRET', '');
    vi.stubEnv('DATABASE_URL', 'postgres://site@db/site');
    expect(() => addressKey()).toThrow(SiteSecretMissing);
    expect(() => stampKeys()).toThrow(/^SITE_SECRET is not set: with DATABASE_URL every node needs the same one/);
  });
});
