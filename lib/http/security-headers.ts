import { badRequestStyleHash } from './bad-request-page';

/**
 * Headers for every response (next.config.ts). The Content-Security-Policy allows nothing from
 * another origin and no inline script or style: the built pages carry no inline script (the
 * client runtime is taken out, scripts/html-only.ts; JSON-LD blocks are data, which CSP does not
 * run), and the one inline style is allowed by its hash. `next dev` runs Next's own inline and
 * eval'd scripts, so there, and only there, those are allowed too.
 */
const development = process.env.NODE_ENV === 'development';

export const contentSecurityPolicy = [
  "default-src 'self'",
  development ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'" : "script-src 'self'",
  development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' ${badRequestStyleHash}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

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
