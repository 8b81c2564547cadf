import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { routing } from './i18n/routing';
import { NOT_FOUND_SEGMENT } from './lib/not-found-page';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: a separate build folder, for the benchmark's builds of generated content.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Next hashes every page's whole HTML on every request to make its ETag: ~8 % of a page response
  // here (npm run bench). Pages change only with a build; without the ETag a browser revisiting a
  // page downloads it again (an article is 6 KiB gzipped) instead of getting a 304.
  generateEtags: false,
  reactStrictMode: true,
  experimental: {
    // Prerender on every core: with thousands of articles, page generation is most of the build.
    cpus: availableParallelism(),
    serverSourceMaps: false,
  },
  // scripts/build.mjs type-checks with TypeScript 7 (tsc --noEmit) just before next build.
  typescript: { ignoreBuildErrors: true },
  // Source maps while prerendering only improve stack traces of build errors, at a cost per page.
  enablePrerenderSourceMaps: false,
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [],
      // A path under a locale that no page has (an unknown article, a page past the end: every
      // dynamic segment has dynamicParams = false) gets that language's 404 page, prerendered and
      // marked 404 by scripts/not-found-status.ts. Next's notFound() would serve an empty HTML
      // shell instead (vercel/next.js#98954), and a proxy on every page would cost a third of
      // each response.
      fallback: [
        { source: `/:locale(${routing.locales.join('|')})/:path*`, destination: `/:locale/${NOT_FOUND_SEGMENT}` },
      ],
    };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
