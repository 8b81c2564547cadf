import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

export const run = promisify(execFile);

// What a build makes, and the fixtures' generated photos: a copy starts from the sources only.
const skipped =
  /^(node_modules|\.next|\.next-test|\.contentlayer|\.generated|\.bench|\.git|\.nginx|\.nginx-e2e|screenshots|test-results|public\/photos|public\/fonts|public\/admin\/decap)(\/|$)/;

/**
 * A copy of the whole project in a temporary folder, with today's content/, where a test may publish
 * and build without touching this one. The packages are hard-linked rather than installed again.
 */
export async function copyProject(prefix: string): Promise<string> {
  const copy = mkdtempSync(join(tmpdir(), `${prefix}-`));
  cpSync('.', copy, {
    recursive: true,
    filter: (source) =>
      !skipped.test(relative('.', source)) && !/tests\/fixtures\/site\/content\/news\/.+\.jpe?g$/i.test(source),
  });
  await run('cp', ['-al', 'node_modules', join(copy, 'node_modules')]);
  return copy;
}

/** The environment a copy is checked and built in. */
export const buildEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: 'https://example.kz',
  CONTENT_DIR: undefined,
};
