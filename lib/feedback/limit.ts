import { perAddress } from '@/lib/http/rate-limit';

/** Residents' messages: POSTs of one address a minute (nginx's limit_req takes the same numbers). */
export const POSTS_PER_MINUTE = 10;
export const POST_BURST = 10;

/** Seconds to wait before the next POST, or 0 when this one may go on. */
export const waitBeforePost = perAddress(POSTS_PER_MINUTE, 'posts');

/**
 * Lookups of a reference: as many as messages, so that nobody tries numbers faster than they could
 * send them (60 random bits: guessing is hopeless at this pace anyway).
 */
export const LOOKUPS_PER_MINUTE = 10;
export const LOOKUP_BURST = 10;
export const waitBeforeLookup = perAddress(LOOKUPS_PER_MINUTE, 'lookups');
/** A lookup's answer is never sooner than this, found or not: its time tells nothing. */
export const LOOKUP_MS = 25;
/** A reference and little else. */
export const LOOKUP_BODY_BYTES = 1024;
