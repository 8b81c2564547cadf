import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { routing } from './i18n/routing';
import { path } from './lib/site/routes';
import { distDir } from './lib/env';
import { backendOrigins } from './lib/cms/backend';
import { adminContentSecurityPolicy, securityHeaders } from './lib/http/security-headers';

// `next start` serves the editor on this machine, where it may talk to the local backend (npm run cms).
const adminHeaders = [
  ...securityHeaders.filter((h) => h.key !== 'Content-Security-Policy'),
  {
    key: 'Content-Security-Policy',
    value: adminContentSecurityPolicy({ connect: backendOrigins(), localBackend: true }),
  },
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Cache-Control', value: 'no-cache' },
];

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

// The reasons behind these settings are in the README ("Decisions worth knowing").
const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: a separate build folder, for the benchmark's builds of generated content.
  distDir: distDir(),
  poweredByHeader: false,
  // Pages change only with a build, and hashing every page on every request costs (README: benchmark).
  generateEtags: false,
  reactStrictMode: true,
  experimental: {
    // Prerender on every core: with thousands of articles, page generation is most of the build.
    cpus: availableParallelism(),
    serverSourceMaps: false,
    // A path no route matches, outside the locales: app/global-not-found.tsx.
    globalNotFound: true,
  },
  // scripts/build.mjs type-checks with TypeScript 7 (tsc --noEmit) just before next build.
  typescript: { ignoreBuildErrors: true },
  enablePrerenderSourceMaps: false,
  async rewrites() {
    return {
      // The web editor's page is a file of public/admin/.
      beforeFiles: [
        { source: '/admin', destination: '/admin/index.html' },
        { source: '/admin/', destination: '/admin/index.html' },
      ],
      afterFiles: [],
      // A path under a locale that no page has gets that language's 404 page (README: unknown paths).
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
      // Every path but the web editor's has the site's strict policy; the editor has its own.
      { source: '/((?!admin(?:/|$)).*)', headers: securityHeaders },
      { source: '/admin', headers: adminHeaders },
      { source: '/admin/:path*', headers: adminHeaders },
      // Photo variants and fonts are named by their bytes (or their original's): a change gets a new address.
      { source: '/photos/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
    ];
  },
};

export default withNextIntl(nextConfig);
