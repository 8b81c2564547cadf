import { existsSync, readFileSync } from 'node:fs';
import { siteFilePath } from '../lib/build-output';

/*
 * The fixture site every end-to-end test reads (tests/fixtures/site): built once by `npm test` into its
 * own folder, so that the real build in .next is left as it was.
 */
export const fixtureSite = {
  contentDir: 'tests/fixtures/site/content',
  distDir: '.next-test',
  /** The day the fixture's events are written for: its planned events are still to come. */
  today: '2026-04-01',
} as const;

/** The address the fixture build names (its SITE_URL, a free port of this machine when it was built). */
export function fixtureSiteUrl(): string | undefined {
  const file = siteFilePath(fixtureSite.distDir);
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { siteUrl: string }).siteUrl.replace(/\/$/, '')
    : undefined;
}

/** The environment the fixture site is built and served in. */
export const fixtureEnv = {
  CONTENT_DIR: fixtureSite.contentDir,
  NEXT_DIST_DIR: fixtureSite.distDir,
  SITE_TODAY: fixtureSite.today,
  // Its own database, beside the real one's (.data).
  DATA_DIR: '.data-test',
  NEXT_TELEMETRY_DISABLED: '1',
};
