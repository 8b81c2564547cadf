import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { env } from '@/lib/env';

/*
 * The site's secret (docs/residents-messages.md), kept out of the database so that a backup of it
 * cannot be used to try every address against the stored hashes: SITE_SECRET (required with
 * DATABASE_URL, the same on every node), or on one machine a file DATA_DIR/site.key made once, mode
 * 0600. Rotated by giving a new secret first and the old one after it ("new old"): the first hashes
 * addresses and signs new forms' stamps, every one is accepted on a stamp, so forms already open keep
 * sending; the old one is removed a day later. Each use has its own key derived from it.
 */

/** Said once by each worker at start (instrumentation.ts), and by the form while it is so. */
export class SiteSecretMissing extends Error {
  override name = 'SiteSecretMissing';
  constructor() {
    super('SITE_SECRET is not set: with DATABASE_URL every node needs the same one (openssl rand -base64 32)');
  }
}

/** The key file's secret, read once per process (per file: the tests change DATA_DIR). */
const read = new Map<string, string>();

function secrets(): string[] {
  const { SITE_SECRET: given, DATABASE_URL, DATA_DIR = '.data' } = env();
  if (given) return given;
  // Several nodes share one database: a file of one machine's DATA_DIR would differ from node to node.
  if (DATABASE_URL) throw new SiteSecretMissing();
  const file = join(DATA_DIR, 'site.key');
  if (!read.has(file)) read.set(file, fromFile(file));
  return [read.get(file)!];
}

function fromFile(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      // 'wx': whichever worker comes first makes it; the others read that one.
      writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
      chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}

const derive = (secret: string, use: string) => createHmac('sha256', secret).update(use).digest('hex');

/** The key the addresses of the duplicate and spam checks are hashed with. */
export const addressKey = (): string => derive(secrets()[0]!, 'address hashes');

/** The keys of the forms' stamps: the first signs, each one is accepted. */
export const stampKeys = (): string[] => secrets().map((secret) => derive(secret, 'form stamps'));
