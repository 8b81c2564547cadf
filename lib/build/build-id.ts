import { execFileSync } from 'node:child_process';
import { env } from '../env';

/*
 * The name of a build (Next's build id, in every page it prerenders): BUILD_ID, or the commit it was
 * built from. Two builds of one commit, on two nodes or one copied to both, then serve the same pages
 * and the same asset names, where Next's default (a random id per build) would make each node's pages
 * differ. Outside a git checkout, without BUILD_ID, Next's own.
 */
export function buildId(cwd = process.cwd()): string | null {
  const given = env().BUILD_ID;
  if (given) return given;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
