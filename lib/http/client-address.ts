/**
 * The address a request came from, as the nearest proxy saw it: the last entry of X-Forwarded-For,
 * which nginx appends (deploy/nginx/partials/proxy.conf) and `next start` alone sets when absent.
 * Used for the limits and, hashed, the spam checks of residents' messages; never stored as it is.
 */
export function clientAddress(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').at(-1)?.trim();
  return last || null;
}
