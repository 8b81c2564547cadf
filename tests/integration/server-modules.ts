import { vi } from 'vitest';
import { fixtureSite } from '../fixture-site';

/*
 * The server's modules as the server loads them on the fixture site, for a test that renders the
 * inbox's views: imported first, before the modules that read them. The fixture site as npm test built
 * it (tests/fixture-site.ts: fixtureEnv). The react-server build of server-only is empty; next-intl's
 * server helpers read the request's configuration, which a test has none of, so the same messages
 * come through use-intl's translator.
 */
Object.assign(process.env, {
  CONTENT_DIR: fixtureSite.contentDir,
  NEXT_DIST_DIR: fixtureSite.distDir,
  SITE_TODAY: fixtureSite.today,
});
vi.mock('server-only', () => ({}));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl/core');
  const messages = {
    kk: (await import('@/messages/kk.json')).default,
    ru: (await import('@/messages/ru.json')).default,
  };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'kk' | 'ru'; namespace: 'Inbox' }) =>
      createTranslator({ locale, messages: messages[locale], namespace }),
  };
});
