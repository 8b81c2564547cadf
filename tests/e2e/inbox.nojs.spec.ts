import { expect, test } from '@playwright/test';
import kk from '../../messages/kk.json' with { type: 'json' };
import { signIn } from './inbox-sign-in';

// The inbox without JavaScript (a browser that blocks it, a script that failed to load): its forms are
// posted to the page they are on and the page comes back, with what the form said and what was typed.

const w = kk.Inbox;

test('without JavaScript, the inbox’s forms send, say what is wrong, keep what was typed, and sign out', async ({
  browser,
  page,
}) => {
  const resident = await browser.newPage({ extraHTTPHeaders: { 'X-Forwarded-For': `10.79.${process.pid % 250}.1` } });
  await resident.goto('/kk/feedback');
  await resident.locator('#text').fill(`inbox-nojs-${Date.now()} Аралдағы жол туралы ұсыныс`);
  await resident.getByRole('button', { name: kk.Feedback.send, exact: true }).click();
  await expect(resident.getByRole('heading', { level: 1 })).toHaveText(kk.Feedback.sentTitle);
  const reference = await resident.locator('main strong.font-mono, main .font-mono strong').innerText();
  await resident.close();

  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/kk\/inbox$/);
  await page.goto(`/kk/inbox/${reference}`);

  // A step the server refuses (not supported, without its reason): said on the form, the choice kept.
  await page.getByLabel(w.outcomeKind, { exact: true }).selectOption('not-supported');
  await page.getByLabel(w.outcomeNoteKk).fill('Тек қазақша');
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(w.problems.outcomeReason);
  await expect(page.getByLabel(w.outcomeKind, { exact: true })).toHaveValue('not-supported');
  await expect(page.getByLabel(w.outcomeNoteKk)).toHaveValue('Тек қазақша');

  // Then done: the page says so.
  await page.getByLabel(w.outcomeNoteRu).fill('Только по-русски тоже');
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/kk/inbox/${reference}\\?done=outcome$`));
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: w.done.outcome })).toBeVisible();

  await page.getByLabel(w.statusForm, { exact: true }).selectOption('in-progress');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await expect(page.locator('main dl').first()).toContainText(w.statuses['in-progress']);

  await page.getByRole('button', { name: w.signOut }).click();
  await expect(page).toHaveURL(/\/kk\/inbox\/sign-in\?said=signedOut$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(w.signedOut);
});
