import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The map stays true: every file or folder of the repository that README.md, docs/ or the press
 * office's guide names exists. A path is a link's target, or a name in `code` that starts with one of
 * the repository's own folders; a pattern (`<kind>`, `*`, `{kk,ru}`, `…`) is checked up to where it starts.
 * What the build makes (ignored by git: public/photos, public/admin/decap) is named before it exists.
 */

const roots = [
  'app',
  'lib',
  'components',
  'content',
  'tests',
  'scripts',
  'deploy',
  'docs',
  'public',
  'messages',
  'i18n',
  '.github',
  '.ci',
];
const documents = ['README.md', 'content/README.md', ...readdirSync('docs').map((f) => `docs/${f}`)];

function named(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^(https?:|mailto:|#)/.test(target!)) continue;
    found.add(normalize(join(dirname(file), target!.split('#')[0]!)));
  }
  for (const [, code] of text.matchAll(/`([^`\s]+)`/g)) {
    const path = code!.replace(/:\d+.*$/, '');
    if (roots.some((root) => path.startsWith(`${root}/`))) found.add(path);
  }
  return [...found];
}

/** The part of a path before its first placeholder, to the last whole folder or file. */
function fixedPart(path: string): string {
  const cut = path.search(/[<*{…]|\.\.\./);
  if (cut < 0) return path.replace(/\/$/, '');
  return path.slice(0, path.lastIndexOf('/', cut)) || '.';
}

/** Made by the build, so absent from a clean clone: a path git ignores. */
function madeByBuild(path: string): boolean {
  try {
    // As a folder's content: a pattern for a folder matches a path that does not exist only below it.
    execFileSync('git', ['check-ignore', '-q', '--no-index', `${path}/x`]);
    return true;
  } catch {
    return false;
  }
}

describe('the map', () => {
  it.each(documents)('%s names only paths that exist', (file) => {
    const missing = named(file).filter((path) => !existsSync(fixedPart(path)) && !madeByBuild(fixedPart(path)));
    expect(missing).toEqual([]);
  });

  it('keeps README.md short: what it is, setting up, the scripts, the layout, adding a kind or a page', () => {
    expect(readFileSync('README.md', 'utf8').split('\n').length).toBeLessThan(200);
  });
});
