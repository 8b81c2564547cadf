import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { securityHeaders } from './lib/security-headers';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // NEXT_DIST_DIR: a separate build folder, for the benchmark's builds of generated content.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
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
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
