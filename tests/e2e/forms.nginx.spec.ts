import { expect, type Page, type Request, test } from '@playwright/test';
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import { signIn } from './inbox-sign-in';

// Every form of the site, sent by Chromium through the README's own stack (npm start: nginx on a port
// of its own in front of the workers), with the Origin the browser really sends: scheme, host and
// port. Playwright's `request` sends none, so only a browser shows what residents meet.

/** The Origin of each POST the page sends to the site (the browser adds it; Playwright reports it once sent). */
function postOrigins(page: Page, site: string): Promise<string | undefined>[] {
  const origins: Promise<string | undefined>[] = [];
  page.on('request', (request: Request) => {
    if (request.method() === 'POST' && request.url().startsWith(`${site}/`))
      origins.push(request.allHeaders().then((h) => h['origin']));
  });
  return origins;
}

// The number is the POST's answer, in no address.
const sentUrl = /\/feedback\/send$/;

for (const [locale, m] of [
  ['kk', kk],
  ['ru', ru],
] as const) {
  test(`${locale}: a resident's message is sent, looked up and deleted from the browser, Origin and port included`, async ({
    page,
    baseURL,
  }) => {
    const origins = postOrigins(page, baseURL!);
    await page.goto(`/${locale}/feedback`);
    await page.locator('#text').fill(`forms-nginx-${locale}-${Date.now()}`);
    await page.getByRole('button', { name: m.Feedback.send, exact: true }).click();
    await expect(page).toHaveURL(sentUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.Feedback.sentTitle);
    const reference = await page.locator('main strong.font-mono, main .font-mono strong').innerText();

    await page.getByRole('link', { name: m.Feedback.statusLink }).click();
    await page.getByLabel(m.Feedback.reference, { exact: true }).fill(reference);
    await page.getByRole('button', { name: m.Feedback.lookUp, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: m.Feedback.resultTitle })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/${locale}/feedback/look$`));

    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(m.Feedback.reference, { exact: true }).fill(reference);
    await page.getByRole('button', { name: m.Feedback.forget, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.Feedback.forgottenTitle);

    // All three sent from this very address: http://localhost:<port>, the port nginx listens on.
    expect(await Promise.all(origins)).toEqual(Array(3).fill(new URL(baseURL!).origin));
  });
}

test('every form of the inbox is taken from the browser through nginx', async ({ page, browser, baseURL }) => {
  // A resident's message to act on, with contact details (the fixture site names an operator).
  const resident = await browser.newPage({ baseURL });
  await resident.goto('/kk/feedback');
  await resident.locator('#text').fill(`forms-nginx-inbox-${Date.now()}`);
  await resident.locator('#name').fill('Сынақ Тұрғын');
  await resident.locator('#contact').fill('+7 701 000 00 00');
  await resident.locator('input[name=consent]').check();
  await resident.getByRole('button', { name: kk.Feedback.send, exact: true }).click();
  await expect(resident).toHaveURL(sentUrl);
  const reference = await resident.locator('main strong.font-mono, main .font-mono strong').innerText();
  await resident.close();

  const w = kk.Inbox;
  const origins = postOrigins(page, baseURL!);
  await signIn(page, 'admin');
  await expect(page).toHaveURL(/\/kk\/inbox$/);

  // Each intent, through its own form on the page.
  await page.goto(`/kk/inbox/${reference}`);
  await page.getByLabel(w.statusForm, { exact: true }).selectOption('in-progress');
  await page.getByRole('button', { name: w.save, exact: true }).click();
  await expect(page.locator('dl').first()).toContainText(w.statuses['in-progress']);

  await page.getByLabel(w.questionKk).fill('Сұрақ');
  await page.getByLabel(w.questionRu).fill('Вопрос');
  await page.getByLabel(w.answerKk).fill('Жауап');
  await page.getByLabel(w.answerRu).fill('Ответ');
  await page.getByRole('button', { name: w.saveAnswer }).click();
  await expect(page.locator('dl').first()).toContainText(w.statuses.answered);

  await page.getByLabel(w.outcomeKind, { exact: true }).selectOption('passed-on');
  await page.getByLabel(w.outcomeRecipient).selectOption('konstitutsiyalyq-reforma-komissiyasy');
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: w.done.outcome })).toBeVisible();
  await page.getByRole('button', { name: w.outcomeRemove, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: w.done['outcome-removed'] })).toBeVisible();

  await page.getByRole('button', { name: w.contactsShow }).click();
  await expect(page.locator('main')).toContainText('+77010000000');

  await page.goto('/kk/inbox');
  for (const name of [w.export, w.exportWithContacts]) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name, exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/^inbox-\d{4}-\d{2}-\d{2}(-contacts)?\.csv$/);
  }

  await page.goto(`/kk/inbox/${reference}`);
  await page.getByLabel(w.deleteConfirm).check();
  await page.getByRole('button', { name: w.delete, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: w.done.deleted })).toBeVisible();

  // A second session of the same person, ended from the audit page; then signing out.
  const other = await browser.newPage({ baseURL });
  await signIn(other, 'admin');
  await expect(other).toHaveURL(/\/kk\/inbox$/);
  await other.close();
  await page.goto('/kk/inbox/audit');
  const before = await page.getByRole('button', { name: w.endSession }).count();
  await page
    .getByRole('listitem')
    .filter({ hasNotText: `— ${w.you}` })
    .getByRole('button', { name: w.endSession })
    .first()
    .click();
  await expect(page.getByRole('status').filter({ hasText: w.done['session-ended'] })).toBeVisible();
  await expect(page.getByRole('button', { name: w.endSession })).toHaveCount(before - 1);

  await page.getByRole('button', { name: w.signOut }).click();
  await expect(page.getByText(w.signedOut)).toBeVisible();

  const sent = await Promise.all(origins);
  expect(sent.length).toBeGreaterThanOrEqual(10);
  expect(new Set(sent)).toEqual(new Set([new URL(baseURL!).origin]));
});

test('a form sent from another site is refused with a page that says so, in the reader language', async ({ page }) => {
  for (const [locale, m] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    // The same port on another host name, then another port: neither is this site's page.
    for (const origin of ['http://example.org', `http://localhost:1`]) {
      const response = await page.request.post(`/${locale}/feedback/send`, {
        headers: { Origin: origin },
        form: { intent: 'send', text: 'x' },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(403);
      const html = await response.text();
      expect(html).toContain(m.BadRequest.crossSite);
      expect(html).not.toContain(m.BadRequest.request);
    }
  }
});
