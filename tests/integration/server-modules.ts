import { vi } from 'vitest';
import { fixtureSite } from '../fixture-site';

/*
 * The server's modules as the server loads them on the fixture site, for a test that calls the
 * inbox's handlers: imported first, before the modules that read them. The fixture site as npm test
 * built it (tests/fixture-site.ts: fixtureEnv). The react-server build of server-only is empty;
 * next-intl's server helpers as tests/next-intl-server.ts has them.
 */
Object.assign(process.env, {
  CONTENT_DIR: fixtureSite.contentDir,
  NEXT_DIST_DIR: fixtureSite.distDir,
  SITE_TODAY: fixtureSite.today,
});
vi.mock('server-only', () => ({}));
vi.mock('next-intl/server', () => import('../next-intl-server'));
