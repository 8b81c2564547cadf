import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file below `dir` (none if it does not exist) whose name passes `test`, as paths from `dir`'s
 * own, in order: the one recursive listing of the project's content, builds and scripts.
 */
export function filesBelow(dir: string, test: (name: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
