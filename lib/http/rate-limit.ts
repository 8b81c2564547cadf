import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/*
 * How `next start` alone limits what one address may ask for a minute, as nginx does in front of it
 * (limit_req, deploy/nginx/site.conf: the same numbers). Several people share an address on mobile
 * networks and in offices: a limit for programs, not for a family.
 */

/** Seconds one address waits before it may ask again (0: it may go on), at `perMinute` a minute. */
export function perAddress(perMinute: number): (address: string | null) => Promise<number> {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (address) => {
    try {
      await limiter.consume(address ?? 'unknown');
      return 0;
    } catch (result) {
      if (result instanceof RateLimiterRes) return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
      throw result;
    }
  };
}
