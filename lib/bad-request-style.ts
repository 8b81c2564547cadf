import { createHash } from 'node:crypto';

/** The one inline style of the site: the proxy's 400 page (lib/bad-request-page.ts). */
export const badRequestStyle =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#14202e}a{color:#0b4f8a}';

/** The CSP source that allows exactly that style (lib/security-headers.ts). */
export const badRequestStyleHash = `'sha256-${createHash('sha256').update(badRequestStyle).digest('base64')}'`;
