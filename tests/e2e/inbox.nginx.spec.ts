import { expect, test } from '@playwright/test';
import kk from '../../messages/kk.json' with { type: 'json' };
import { csrfOf, signIn } from './inbox-sign-in';

// The inbox behind the production stack (deploy/nginx): signed in through it, its forms taken, its
// pages never kept by nginx or anything after it.

test('the inbox signs in, takes its forms and is never cached, through nginx', async ({ page, request }) => {
  for (let i = 0; i < 2; i++) {
    const response = await request.get('/kk/inbox/sign-in');
    expect(response.headers()['cache-control']).toBe('private, no-store');
    expect(response.headers()['x-cache-status']).toBeUndefined();
  }
  expect((await request.get('/kk/inbox', { maxRedirects: 0 })).headers().location).toBe('/kk/inbox/sign-in');
  // A POST without a session: to sign in (303), not nginx's 405.
  const unsigned = await request.post('/kk/inbox/export', { form: { intent: 'export' }, maxRedirects: 0 });
  expect(unsigned.status()).toBe(303);
  expect(unsigned.headers().location).toBe('/kk/inbox/sign-in');

  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/kk\/inbox$/);
  const list = await page.request.get('/kk/inbox');
  expect(list.headers()['cache-control']).toBe('private, no-store');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(kk.Inbox.title);
  // A form of the inbox goes through at the size of an answer (up to 128 KiB; residents' messages are
  // limited to 16), here a search far too long to be one, which the inbox itself refuses.
  const csrf = (await csrfOf(page))!;
  const big = await page.request.post('/kk/inbox/export', {
    form: { csrf, intent: 'export', q: 'ж'.repeat(15_000) },
    maxRedirects: 0,
  });
  expect(big.status()).toBe(303);
  expect(big.headers().location).toBe('/kk/inbox?refused=bad');
});
