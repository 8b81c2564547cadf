import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/*
 * `next start` alone limits the POSTs of one address, as nginx does in front of it (limit_req,
 * deploy/nginx/site.conf: the same numbers). Several people share an address on mobile networks and
 * in offices: a limit for programs, not for a family.
 */
export const POSTS_PER_MINUTE = 10;
export const POST_BURST = 10;

const limiter = new RateLimiterMemory({ points: POSTS_PER_MINUTE, duration: 60 });

/** Seconds to wait before the next POST, or 0 when this one may go on. */
export async function waitBeforePost(address: string | null): Promise<number> {
  try {
    await limiter.consume(address ?? 'unknown');
    return 0;
  } catch (result) {
    if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
    throw result;
  }
}
