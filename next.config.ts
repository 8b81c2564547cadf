import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { routing } from './i18n/routing';
import { buildId } from './lib/build/build-id';
import { backendOrigins } from './lib/cms/backend';
import { distDir } from './lib/env';
import { adminHeaders, cacheControl, inboxHeaders, securityHeaders } from './lib/http/headers';
import { INBOX_BODY_BYTES } from './lib/inbox/body-limit';
import { path } from './lib/site/routes';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// `next start` serves the editor on this machine, where it may talk to the local backend (npm run cms).
const admin = adminHeaders({ connect: backendOrigins(), localBackend: true });
const immutable = [{ key: 'Cache-Control', value: cacheControl.immutable }];
const locales = routing.locales.join('|');

// The reasons behind these settings are in docs/decisions.md.
const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: a separate build folder (the tests', the benchmark's).
  distDir: distDir(),
  // One name for every build of a commit: nodes given the same release serve the same pages.
  generateBuildId: () => buildId(),
  poweredByHeader: false,
  // The proxy redirects a trailing slash itself, with the site's headers (Next's redirect has none).
  skipTrailingSlashRedirect: true,
  // Pages change only with a build, and hashing every page on every request costs (docs/benchmark.md).
  generateEtags: false,
  reactStrictMode: true,
  // The database drivers load native code and their own files at run time: not bundled.
  serverExternalPackages: ['libsql', 'pg'],
  experimental: {
    // Prerender on every core: with thousands of articles, page generation is most of the build.
    cpus: availableParallelism(),
    serverSourceMaps: false,
    // A path no route matches, outside the locales: app/global-not-found.tsx.
    globalNotFound: true,
    // The inbox's forms (server actions): an answer in two languages and its question, no more.
    serverActions: { bodySizeLimit: INBOX_BODY_BYTES },
  },
  // scripts/build.ts type-checks with TypeScript 7 (tsc --noEmit) just before next build.
  typescript: { ignoreBuildErrors: true },
  enablePrerenderSourceMaps: false,
  async rewrites() {
    return {
      // The web editor's page is a file of public/admin/.
      beforeFiles: [
        { source: '/admin', destination: '/admin/index.html' },
        { source: '/admin/', destination: '/admin/index.html' },
        // The residents' form, each time with a stamp of its own (app/[locale]/feedback/new).
        { source: `/:locale(${locales})${path('/feedback')}`, destination: `/:locale${path('/feedback/new')}` },
      ],
      afterFiles: [],
      // A path under a locale that no page has gets that language's 404 page (docs/decisions.md, unknown paths).
      fallback: [
        {
          source: `/:locale(${routing.locales.join('|')})/:path*`,
          destination: `/:locale${path('/page-not-found')}`,
        },
      ],
    };
  },
  async headers() {
    return [
      // Every path but the web editor's and the inbox's has the site's strict policy; the editor has its
      // own, and the inbox one with each request's nonce (proxy.ts).
      { source: `/((?!admin(?:/|$)|(?:${locales})/inbox(?:/|$)).*)`, headers: securityHeaders },
      { source: `/:locale(${locales})/inbox`, headers: inboxHeaders },
      { source: `/:locale(${locales})/inbox/:path*`, headers: inboxHeaders },
      { source: '/admin', headers: admin },
      { source: '/admin/:path*', headers: admin },
      // Photo variants and fonts are named by their bytes (or their original's): a change gets a new address.
      { source: '/photos/:file*', headers: immutable },
      { source: '/fonts/:file*', headers: immutable },
    ];
  },
};

export default withNextIntl(nextConfig);
