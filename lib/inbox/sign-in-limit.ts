import { perAddress } from '@/lib/http/rate-limit';

/** Sign-ins one address may start a minute (each writes a row): a press officer needs a few. */
export const SIGN_INS_PER_MINUTE = 20;
export const SIGN_IN_BURST = 10;

/** Seconds before this address may start another sign-in (nginx's limit_req takes the same numbers). */
export const waitBeforeSignIn = perAddress(SIGN_INS_PER_MINUTE, 'sign-ins');
