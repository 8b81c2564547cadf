import { describe, expect, it } from 'vitest';
import { SIGN_INS_PER_MINUTE, waitBeforeSignIn } from '@/lib/inbox/sign-in-limit';
import { perAddress } from '@/lib/http/rate-limit';

describe('limits per address (next start alone; nginx applies the same numbers)', () => {
  it('lets an address go on up to the limit, then says how long to wait; others are not held', async () => {
    const wait = perAddress(2, 'test', { url: undefined });
    expect([await wait('10.0.0.1'), await wait('10.0.0.1')]).toEqual([0, 0]);
    const third = await wait('10.0.0.1');
    expect(third).toBeGreaterThan(0);
    expect(third).toBeLessThanOrEqual(60);
    expect(await wait('10.0.0.2')).toBe(0);
  });

  it('stops a flood of sign-in starts from one address before it reaches the database', async () => {
    const answers = [];
    for (let i = 0; i < SIGN_INS_PER_MINUTE + 5; i++) answers.push(await waitBeforeSignIn('192.0.2.7'));
    expect(answers.filter((s) => s === 0)).toHaveLength(SIGN_INS_PER_MINUTE);
    expect(answers.slice(SIGN_INS_PER_MINUTE).every((s) => s > 0)).toBe(true);
  });
});
