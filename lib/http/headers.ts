import { env } from '../env';
import { badRequestStyleHash } from './bad-request-page';

/*
 * The one table of response headers and cache lifetimes, by kind of response: next.config.ts sends them
 * from `next start`, and the nginx templates (deploy/nginx, filled by lib/deploy/nginx-config.ts) from
 * nginx. Relative imports: next.config.ts reads this file.
 */

/** What a browser and a shared cache (a CDN) may keep, by kind of response (docs/production.md). */
export const cacheControl = {
  /** Files named by their bytes (/_next/static, /fonts, /photos): a new version has a new name. */
  immutable: 'public, max-age=31536000, immutable',
  /**
   * Pages, feeds, sitemap, calendars, open data, share images and 404 pages: five minutes in a shared
   * cache, stale while a new copy is fetched and while the site is down.
   */
  page: 'public, max-age=60, s-maxage=300, stale-while-revalidate=86400, stale-if-error=604800',
  /** Search results: five minutes, briefly stale. */
  search: 'public, max-age=0, s-maxage=300, stale-while-revalidate=60',
  /** Icons keep their names: a day, and a week more while a new copy is fetched. */
  icon: 'public, max-age=86400, stale-while-revalidate=604800',
  /**
   * The residents' form, with a stamp of its own (lib/feedback/stamp.ts): the browser keeps it, so that
   * its back button shows the same form (sent again, the same message); no cache between keeps it.
   */
  form: 'private, no-cache',
  /** Errors, the language negotiation at /, the web editor: never kept. */
  none: 'no-store',
  /** The press office's inbox: one person's, never kept by a browser or any cache between. */
  private: 'private, no-store',
} as const;

/**
 * Stands in the policy Next's build records (next.config.ts → routes-manifest.json) for the hashes of
 * the pages' inline stylesheet, which exist only once Next has written the CSS: the build puts the
 * stylesheet into each page and the hashes here (lib/build/inline-styles.ts). Each page's policy thus
 * travels with it, through nginx's cache too (deploy/nginx/partials/proxy.conf).
 */
export const PAGE_STYLES = "'sha256-page-styles-of-this-build'";

/**
 * Headers for every response (next.config.ts). The Content-Security-Policy allows nothing from
 * another origin and no inline script or style: the built pages carry no inline script (the
 * client runtime is taken out, lib/build/html-only.ts; JSON-LD blocks are data, which CSP does not
 * run), and the inline styles (the pages' stylesheet, the error page's) are allowed by their hashes.
 * `next dev` runs Next's own inline and eval'd scripts, so there, and only there, those are allowed too.
 */
const development = env().NODE_ENV === 'development';

export const contentSecurityPolicy = [
  "default-src 'self'",
  development ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "script-src 'self'",
  development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' ${badRequestStyleHash} ${PAGE_STYLES}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The inbox's policy (app/[locale]/(inbox)): its pages are rendered per request and run React's client
 * runtime, each of whose scripts carries this request's nonce (proxy.ts makes one per request; Next
 * puts it on its own scripts). Nothing else of the site's policy is loosened.
 */
export function inboxContentSecurityPolicy(nonce: string) {
  const own = `'nonce-${nonce}'`;
  return contentSecurityPolicy
    .split('; ')
    .map((rule) => {
      if (rule.startsWith('script-src'))
        return development ? `script-src 'self' ${own} 'unsafe-eval'` : `script-src 'self' ${own} 'strict-dynamic'`;
      if (rule.startsWith('style-src'))
        return development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' ${own}`;
      return rule;
    })
    .join('; ');
}

/** The policy of what nginx answers itself (its error pages, the files it serves): no page styles. */
export const ownContentSecurityPolicy = contentSecurityPolicy.replace(` ${PAGE_STYLES}`, '');

export const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Every header of the site's responses but its Content-Security-Policy, which each page brings. */
export const pageHeaders = securityHeaders.filter((h) => h.key !== 'Content-Security-Policy');

/** Every header of the inbox's responses but its policy, which the proxy sets with the request's nonce. */
export const inboxHeaders = [
  ...pageHeaders,
  { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
  { key: 'Cache-Control', value: cacheControl.private },
];

/**
 * The web editor's page (/admin, Decap CMS) alone: its React app sets inline styles and compiles code
 * at run time, and it talks to the git host's API and, on this machine, to the local backend on
 * loopback. Nothing else of the site's strict policy is loosened, and every other page keeps it.
 */
export function adminContentSecurityPolicy({ connect, localBackend }: { connect: string[]; localBackend: boolean }) {
  // The local backend of `npm run cms` (port 8081, or another the tests choose), on loopback only.
  const local = localBackend ? ['http://localhost:*', 'http://127.0.0.1:*'] : [];
  return [
    "default-src 'self'",
    // Decap validates its configuration with ajv, which compiles each schema with new Function().
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${connect.join(' ')}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' blob: ${[...connect, ...local].join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Every header of the web editor's responses: its own policy, never indexed, never kept. */
export function adminHeaders({ connect, localBackend }: { connect: string[]; localBackend: boolean }) {
  return [
    ...pageHeaders,
    { key: 'Content-Security-Policy', value: adminContentSecurityPolicy({ connect, localBackend }) },
    { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
    { key: 'Cache-Control', value: cacheControl.none },
  ];
}

/** The request header the proxy gives each inbox request: its path, to come back to after a renewal of the role. */
export const INBOX_PATH_HEADER = 'x-inbox-path';
