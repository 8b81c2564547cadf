import { perAddress } from '@/lib/http/rate-limit';

/** Residents' messages: POSTs of one address a minute (nginx's limit_req takes the same numbers). */
export const POSTS_PER_MINUTE = 10;
export const POST_BURST = 10;

/** Seconds to wait before the next POST, or 0 when this one may go on. */
export const waitBeforePost = perAddress(POSTS_PER_MINUTE);
