import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { type APIRequestContext, type Browser, expect, test } from '@playwright/test';
import Sqlite from 'libsql';
import { parse } from 'yaml';
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import { fixtureEnv, fixtureSite } from '../fixture-site';
import { receivedUrl } from '../inbox-env';
import type { Received } from '../oidc-provider';
import { wcagViolations } from './axe';
import { csrfOf, signIn } from './inbox-sign-in';

// The press office's inbox (docs/inbox.md), signed in through a real OpenID Connect provider run
// by the tests (tests/oidc-provider.ts), on the fixture site's own database. Residents write from an
// address each, as in feedback.nojs.spec.ts.

const words = { kk: kk.Inbox, ru: ru.Inbox };
const oidcPort = Number(process.env.E2E_OIDC_PORT);
let address = 0;
const nextAddress = () => `10.78.${process.pid % 250}.${(address += 1)}`;

/** A resident's message, sent through the form as a resident sends it; its reference number. */
async function send(
  browser: Browser,
  text: string,
  { contact = false, locale = 'kk' as 'kk' | 'ru' } = {},
): Promise<string> {
  const page = await browser.newPage({ extraHTTPHeaders: { 'X-Forwarded-For': nextAddress() } });
  await page.goto(`/${locale}/feedback`);
  await page.locator('#text').fill(text);
  await page.locator('#district').selectOption('aral');
  await page.locator('#topic').selectOption('adam-quqyqtary');
  if (contact) {
    await page.locator('#name').fill('Асан Тұрғынов');
    await page.locator('#contact').fill('+7 701 234 56 78');
    await page.locator('input[name=consent]').check();
  }
  await page.getByRole('button', { name: (locale === 'kk' ? kk : ru).Feedback.send, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText((locale === 'kk' ? kk : ru).Feedback.sentTitle);
  const reference = await page.locator('main strong.font-mono, main .font-mono strong').innerText();
  await page.close();
  return reference;
}

/** What a resident sees after entering `typed` on the lookup page: the result's section. */
async function lookUp(browser: Browser, typed: string, locale: 'kk' | 'ru' = 'kk') {
  const page = await browser.newPage({ extraHTTPHeaders: { 'X-Forwarded-For': nextAddress() } });
  await page.goto(`/${locale}/feedback/status`);
  await page.getByLabel((locale === 'kk' ? kk : ru).Feedback.reference, { exact: true }).fill(typed);
  await page.getByRole('button', { name: (locale === 'kk' ? kk : ru).Feedback.lookUp, exact: true }).click();
  const result = page.locator('section[aria-labelledby="result-title"]');
  await expect(result).toBeVisible();
  return result;
}

/** The export's form (a plain POST: its answer is a file), as a program would send it. */
async function exportAs(request: APIRequestContext, fields: Record<string, string>, locale = 'kk') {
  return request.post(`/${locale}/inbox/export`, { form: fields, maxRedirects: 0 });
}

test('a question goes from a resident to the inbox, is answered in both languages and published for review', async ({
  browser,
  page,
}) => {
  const marker = `inbox-path-${Date.now()}`;
  const hostile = `<img src=x onerror="document.title='owned'"><script>document.title='owned'</script> ${marker}`;
  const reference = await send(browser, hostile, { contact: true });

  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/kk\/inbox$/);
  await expect(
    page.getByText(words.kk.signedInAs.replace('{name}', 'Редактор Сынақ').replace('{role}', words.kk.roles.editor)),
  ).toBeVisible();

  // Found by its text; shown as text, never run.
  await page.getByLabel(words.kk.q).fill(marker);
  await page.getByRole('button', { name: words.kk.show }).click();
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  await expect(page.locator('main')).toContainText(`<script>document.title='owned'</script>`);
  expect(await page.title()).not.toBe('owned');

  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    words.kk.submissionTitle.replace('{reference}', reference),
  );
  // An editor reads the text, not who sent it.
  await expect(page.getByText(words.kk.contactsHidden)).toBeVisible();
  await expect(page.locator('main')).not.toContainText('+7701');

  await page.getByLabel(words.kk.questionKk).fill('Аралда жаңа жоба бойынша кездесу қашан өтеді?');
  await page.getByLabel(words.kk.questionRu).fill('Когда в Арале пройдёт встреча по новому проекту?');
  await page.getByLabel(words.kk.answerKk).fill('Кездесулер іс-шаралар бетінде жарияланады.');
  await page.getByLabel(words.kk.answerRu).fill('Встречи публикуются на странице мероприятий.');
  await page.getByRole('button', { name: words.kk.saveAnswer }).click();
  await expect(page.getByRole('status').filter({ hasText: words.kk.done.answer })).toBeVisible();
  await expect(page.locator('dl').first()).toContainText(words.kk.statuses.answered);

  await page.getByRole('button', { name: words.kk.publish }).click();
  await expect(page.locator('dl').first()).toContainText(words.kk.statuses.published);
  await expect(page.getByRole('link', { name: words.kk.publication })).toHaveAttribute('href', /\/pulls\/\d+$/);
  await expect(page.getByRole('table')).toContainText(words.kk.actions.publish);
  // Sent: what is offered now is sending a corrected answer again, not publishing it as if for the first time.
  await expect(page.getByRole('button', { name: words.kk.publishAgain })).toBeVisible();
  await expect(page.getByRole('button', { name: words.kk.publish, exact: true })).toHaveCount(0);
  // The history in words: the account apart from the name, no raw codes.
  await expect(page.getByRole('table')).toContainText(words.kk.account.replace('{account}', ''));

  // What the git host received: one content file on its own branch, and the pull request, all named by
  // the publication's own id: the reference (which deletes the message) is in none of them.
  const pullUrl = (await page.getByRole('link', { name: words.kk.publication }).getAttribute('href'))!;
  const received = (await (await fetch(receivedUrl(oidcPort))).json()) as Received;
  const pull = received.pulls[Number(pullUrl.split('/').at(-1)) - 1]!;
  expect(pull.base).toBe('main');
  const id = pull.head.replace(/^questions\//, '');
  expect(id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z2-9]{8}$/);
  const file = received.files.find((f) => f.branch === pull.head);
  expect(file?.path).toBe(`content/questions/${id}.yaml`);
  const plain = (text: string) => text.toUpperCase().replace(/[^0-9A-Z]/g, '');
  for (const text of [file!.path, file!.branch, file!.content, pull.title, pull.body])
    expect(plain(text)).not.toContain(plain(reference));
  const published = parse(file!.content) as Record<string, unknown>;
  expect(published).toMatchObject({
    question: {
      kk: 'Аралда жаңа жоба бойынша кездесу қашан өтеді?',
      ru: 'Когда в Арале пройдёт встреча по новому проекту?',
    },
    answer: { kk: 'Кездесулер іс-шаралар бетінде жарияланады.', ru: 'Встречи публикуются на странице мероприятий.' },
    topic: 'adam-quqyqtary',
    district: 'aral',
  });
  // Nothing personal, nothing of the resident's own words.
  expect(file!.content).not.toMatch(/Асан|\+7701|owned/);

  // The resident, with their number, reads the answer and sees it sent for publication.
  const result = await lookUp(browser, reference, 'ru');
  await expect(result).toContainText(ru.Feedback.now.published);
  await expect(result).toContainText('Встречи публикуются на странице мероприятий.');
  await expect(result.getByRole('listitem')).toHaveText([
    new RegExp(ru.Feedback.timeline.received),
    new RegExp(ru.Feedback.timeline.answered),
    new RegExp(ru.Feedback.timeline.published),
  ]);
  await expect(result).not.toContainText('Редактор Сынақ');

  // The build takes it as any content: the checks pass on the fixture content with the file added.
  const content = mkdtempSync(join(tmpdir(), 'inbox-content-'));
  try {
    cpSync(fixtureSite.contentDir, content, { recursive: true });
    writeFileSync(join(content, 'questions', `${id}.yaml`), file!.content);
    const out = execFileSync('npm', ['run', '-s', 'content:check'], {
      env: { ...process.env, ...fixtureEnv, CONTENT_DIR: content },
      encoding: 'utf8',
    });
    expect(out).toContain('Мазмұн дұрыс');
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});

test('a reader reads the texts but not who sent them, and cannot export or answer', async ({ browser, page }) => {
  const reference = await send(browser, `inbox-reader-${Date.now()}`, { contact: true, locale: 'ru' });
  await signIn(page, 'reader', 'ru');
  await expect(page).toHaveURL(/\/ru\/inbox$/);
  await expect(page.getByRole('button', { name: words.ru.export })).toHaveCount(0);
  await page.goto(`/ru/inbox/${reference}`);
  await expect(page.getByText(words.ru.contactsHidden)).toBeVisible();
  await expect(page.getByRole('button', { name: words.ru.contactsShow })).toHaveCount(0);
  await expect(page.getByRole('button', { name: words.ru.saveAnswer })).toHaveCount(0);
  // The forms a reader has not (lib/inbox/actions.ts refuses them too: tests/integration/inbox-actions.test.ts).
  await expect(page.getByRole('button', { name: words.ru.delete, exact: true })).toHaveCount(0);
  const csrf = (await csrfOf(page))!;
  for (const intent of ['export', 'export-with-contacts']) {
    const refused = await exportAs(page.request, { csrf, intent }, 'ru');
    expect(refused.headers().location, intent).toBe('/ru/inbox?refused=forbidden');
  }
  await page.goto('/ru/inbox?refused=forbidden');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(words.ru.forbidden);
  await expect(page.getByRole('navigation', { name: words.ru.title })).toBeVisible();
  await page.goto('/ru/inbox/audit');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(words.ru.forbidden);
});

test('an administrator sees contact details and exports them, each time in the audit log, and deletes', async ({
  browser,
  page,
}) => {
  const marker = `inbox-admin-${Date.now()}`;
  const reference = await send(browser, `=HYPERLINK("http://x") ${marker}`, { contact: true });
  await signIn(page, 'admin');
  await page.goto(`/kk/inbox/${reference}`);
  await page.getByRole('button', { name: words.kk.contactsShow }).click();
  await expect(page.locator('main')).toContainText('+77012345678');
  await expect(page.locator('main')).toContainText('Асан Тұрғынов');
  // Not kept anywhere: the page of contact details is an answer to a POST, private, never stored.
  await page.goto(`/kk/inbox?q=${marker}`);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: words.kk.exportWithContacts }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(reference);
  expect(csv).toContain('+77012345678');
  // A formula a spreadsheet would run is text.
  expect(csv).toContain(`"'=HYPERLINK(""http://x"") ${marker}"`);

  await page.goto('/kk/inbox/audit');
  const log = page.getByRole('table');
  await expect(log).toContainText(words.kk.actions['contacts-viewed']);
  await expect(log).toContainText(words.kk.actions['export-with-contacts']);
  // Who did it: the provider's name, and apart from it the account, which a name cannot pass for.
  // The newest first.
  const exported = log.getByRole('row').filter({ hasText: words.kk.actions['export-with-contacts'] }).first();
  await expect(exported).toContainText('Әкімші Сынақ');
  await expect(exported).toContainText(words.kk.account.replace('{account}', 'admin'));
  await expect(page.getByRole('heading', { name: words.kk.sessions })).toBeVisible();

  await page.goto(`/kk/inbox/${reference}`);
  await page.getByLabel(words.kk.deleteConfirm).check();
  await page.getByRole('button', { name: words.kk.delete, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: words.kk.done.deleted })).toBeVisible();
  await expect(page).toHaveURL(/\/kk\/inbox\?done=deleted$/);
  await page.goto(`/kk/inbox/${reference}`);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(words.kk.notFound);
  await page.goto('/kk/inbox/audit');
  await expect(page.getByRole('table')).toContainText(reference);
});

test('an account outside the press office is refused, and the refusal is recorded', async ({ page, browser }) => {
  await signIn(page, 'stranger');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(words.kk.refused);
  await expect(page).toHaveURL(/\/kk\/inbox\/sign-in\?said=refused$/);
  expect((await page.request.get('/kk/inbox', { maxRedirects: 0 })).headers().location).toBe('/kk/inbox/sign-in');
  const admin = await browser.newPage();
  await signIn(admin, 'admin');
  await admin.goto('/kk/inbox/audit');
  const refused = admin
    .getByRole('row')
    .filter({ hasText: words.kk.account.replace('{account}', 'stranger') })
    .first();
  await expect(refused).toContainText('Бөгде Сынақ');
  await expect(refused).toContainText(words.kk.actions['sign-in-refused']);
  await admin.close();
});

test('a form without its session token is refused, and so is one from another site', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/kk\/inbox$/);
  for (const fields of <Record<string, string>[]>[{ intent: 'export' }, { intent: 'export', csrf: 'x'.repeat(43) }])
    expect((await exportAs(page.request, fields)).headers().location).toBe('/kk/inbox?refused=csrf');
  const csrf = (await csrfOf(page))!;
  // Another site's form, to the export or to any page's form (a server action): refused before either runs.
  for (const address of ['/kk/inbox/export', '/kk/inbox']) {
    const foreign = await page.request.post(address, {
      form: { intent: 'export', csrf },
      headers: { Origin: 'https://attacker.example' },
      maxRedirects: 0,
    });
    expect(foreign.status(), address).toBe(403);
  }
  expect((await exportAs(page.request, { intent: 'export', csrf })).status()).toBe(200);
});

test('a session idle for 8 hours is sent to sign in again; signing out ends it', async ({ page, context }) => {
  await signIn(page, 'editor', 'ru');
  await expect(page).toHaveURL(/\/ru\/inbox$/);
  const cookie = (await context.cookies()).find((c) => c.name === '__Host-inbox')!;
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' });
  const db = new Sqlite(join(fixtureEnv.DATA_DIR, 'site.db'));
  db.prepare('update staff_sessions set seen_at = ? where id_hash = ?').run(
    new Date(Date.now() - 8 * 60 * 60_000 - 60_000).toISOString(),
    createHash('sha256').update(cookie.value).digest('hex'),
  );
  db.close();
  await page.goto('/ru/inbox');
  await expect(page).toHaveURL(/\/ru\/inbox\/sign-in\?said=expired$/);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(words.ru.expired);
  await expect(page.getByRole('link', { name: words.ru.signIn, exact: true })).toBeVisible();

  await signIn(page, 'editor', 'ru');
  await page.getByRole('button', { name: words.ru.signOut }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(words.ru.signedOut);
  expect((await page.request.get('/ru/inbox', { maxRedirects: 0 })).headers().location).toBe('/ru/inbox/sign-in');
});

test('a role is checked with the provider again after 15 minutes, back on the same page, a typed form still taken', async ({
  page,
  context,
}) => {
  await signIn(page, 'renewer', 'kk');
  await expect(page).toHaveURL(/\/kk\/inbox$/);
  const first = (await context.cookies()).find((c) => c.name === '__Host-inbox')!;
  const age = (cookie: string, minutes: number) => {
    const db = new Sqlite(join(fixtureEnv.DATA_DIR, 'site.db'));
    db.prepare('update staff_sessions set created_at = ? where id_hash = ?').run(
      new Date(Date.now() - minutes * 60_000).toISOString(),
      createHash('sha256').update(cookie).digest('hex'),
    );
    db.close();
  };
  const signIns = () => {
    const db = new Sqlite(join(fixtureEnv.DATA_DIR, 'site.db'));
    const { n } = db
      .prepare("select count(*) as n from audit_log where action = 'sign-in' and account = 'renewer'")
      .get() as { n: number };
    db.close();
    return n;
  };
  const before = signIns();
  expect(before).toBeGreaterThan(0);
  // 16 minutes on: the next page goes to the git host and back (its own session: no password asked),
  // the role as the provider says it now, on the page asked for, in a session of its own.
  age(first.value, 16);
  await page.goto('/kk/inbox/audit');
  await expect(page).toHaveURL(/\/kk\/inbox\/audit$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.kk.auditTitle);
  const second = (await context.cookies()).find((c) => c.name === '__Host-inbox')!;
  expect(second.value).not.toBe(first.value);
  // A renewal is not a new sign-in in the audit log.
  expect(signIns()).toBe(before);
  // A form on a page opened in time is still taken within the grace (here: the sign-out's).
  age(second.value, 40);
  await page.getByRole('button', { name: words.kk.signOut }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(words.kk.signedOut);
});

test('inbox pages are private, unindexed, accessible, and in neither the sitemap nor a cache', async ({
  page,
  request,
}) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/inbox');
  await signIn(page, 'admin');
  for (const path of ['/kk/inbox', '/ru/inbox/audit']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers['cache-control']).toBe('private, no-store');
    expect(headers['x-robots-tag']).toContain('noindex');
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect((await wcagViolations(page)).map((v) => v.id)).toEqual([]);
  }
  await page.goto('/kk/inbox');
  const reference = await page.locator('main ol a.font-mono').first().innerText();
  await page.goto(`/kk/inbox/${reference}`);
  expect((await wcagViolations(page)).map((v) => v.id)).toEqual([]);
  // A filter the inbox cannot show is said in the inbox, with its navigation, never a 500.
  for (const address of ['/kk/inbox?status=<script>', '/kk/inbox?page=-1', '/kk/inbox/audit?page=x']) {
    await page.goto(address);
    await expect(page.getByRole('main').getByRole('alert'), address).toHaveText(words.kk.bad);
    await expect(page.getByRole('navigation', { name: words.kk.title })).toBeVisible();
  }
});

test('published questions and answers: by topic, each on its page, escaped, with FAQPage and QAPage data', async ({
  page,
}) => {
  for (const locale of ['kk', 'ru'] as const) {
    const t = locale === 'kk' ? kk.Questions : ru.Questions;
    await page.goto(`/${locale}/questions`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    const data = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(data.some((d) => (JSON.parse(d) as { '@type': string })['@type'] === 'FAQPage')).toBe(true);
    // The fixture's question carries markup: shown as text.
    await expect(page.locator('main')).toContainText('<script>alert(1)</script>');
    await page.locator('main h3 a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/questions/[a-z0-9-]+$`));
    const own = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(own.some((d) => (JSON.parse(d) as { '@type': string })['@type'] === 'QAPage')).toBe(true);
    await expect(page.getByText(t.answer)).toBeVisible();
  }
});

test('what the coalition did with two proposals: passed on, taken into account, one the same as the other; each sender sees it', async ({
  browser,
  page,
}) => {
  const first = await send(browser, `outcomes-first-${Date.now()}`);
  const second = await send(browser, `outcomes-second-${Date.now()}`, { locale: 'ru' });
  const w = words.kk;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Qyzylorda' }).format(new Date());
  await signIn(page, 'editor');
  await expect(page).toHaveURL(/\/kk\/inbox$/);

  await page.goto(`/kk/inbox/${first}`);
  // Not supported without a reason: refused, with what was chosen kept.
  await page.getByLabel(w.outcomeKind, { exact: true }).selectOption('not-supported');
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(w.problems.outcomeReason);
  await expect(page.getByLabel(w.outcomeKind, { exact: true })).toHaveValue('not-supported');

  // Its day, as staff write one (дд.мм.гггг), today by default; the server checks it lies between the
  // message's arrival and today (inbox-actions.test.ts).
  await page.getByLabel(w.outcomeKind, { exact: true }).selectOption('passed-on');
  const [year, month, day] = today.split('-');
  await expect(page.getByLabel(`${w.outcomeDay} (${w.dayFormat})`)).toHaveValue(`${day}.${month}.${year}`);
  await page.getByLabel(`${w.outcomeDay} (${w.dayFormat})`).fill(`${day}.${month}.${year}`);
  await page.getByLabel(w.outcomeRecipient).selectOption('konstitutsiyalyq-reforma-komissiyasy');
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: w.done.outcome })).toBeVisible();

  await page.getByLabel(w.outcomeKind, { exact: true }).selectOption('taken-into-account');
  await page.getByLabel(w.outcomeNoteKk).fill('Коалицияның ұсыныстарына енгізілді.');
  await page.getByLabel(w.outcomeNoteRu).fill('Включено в предложения коалиции.');
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: w.done.outcome })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(w.actions.outcome);

  // The second is the same as the first: its own number is refused, the first's taken.
  await page.goto(`/kk/inbox/${second}`);
  await page.getByLabel(w.outcomeKind, { exact: true }).selectOption('same-as');
  await page.getByLabel(w.outcomeSameAs).fill(second);
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(w.problems.outcomeSameAs);
  await page.getByLabel(w.outcomeSameAs).fill(first.toLowerCase());
  await page.getByRole('button', { name: w.outcomeSave, exact: true }).click();
  await expect(page.getByRole('link', { name: first })).toBeVisible();

  // The first's sender, typing the number with Cyrillic look-alikes, sees the dated steps.
  const cyrillic = first.replace(/[ABEKMHOPCTX]/g, (c) => 'АВЕКМНОРСТХ'['ABEKMHOPCTX'.indexOf(c)]!);
  const mine = await lookUp(browser, cyrillic);
  await expect(mine.getByRole('listitem')).toHaveText([
    new RegExp(kk.Feedback.timeline.received),
    /Конституциялық реформа жөніндегі комиссия/,
    /Коалицияның ұсыныстарына енгізілді/,
  ]);
  await expect(mine).not.toContainText('Редактор Сынақ');

  // The second's sender sees what became of the first, never its number.
  const theirs = await lookUp(browser, second, 'ru');
  await expect(theirs).toContainText(ru.Feedback.timeline['same-as']);
  await expect(theirs).toContainText('Комиссия по конституционной реформе');
  await expect(theirs).toContainText('Включено в предложения коалиции.');
  await expect(theirs).not.toContainText(first);
});
