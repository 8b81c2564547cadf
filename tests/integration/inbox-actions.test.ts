import './server-modules';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { parse } from 'yaml';
import { reports } from '@/lib/content/kinds/reports';
import { lookUp } from '@/lib/feedback/lookup';
import { outcomesOf, recordOutcome } from '@/lib/feedback/outcomes';
import { saveSubmission } from '@/lib/feedback/store';
import { isoDateInZone } from '@/lib/format/dates';
import { act } from '@/lib/inbox/actions';
import { auditLogPage, listPage, submissionPage } from '@/lib/inbox/pages';
import { signInPage } from '@/lib/inbox/respond';
import type { Signed } from '@/lib/inbox/request';
import type { Role } from '@/lib/inbox/roles';
import { findSession, hashId, startSession } from '@/lib/inbox/sessions';
import { saveAnswer, submissionOf } from '@/lib/inbox/submissions';
import { viewIn } from '@/lib/inbox/views/view';
import kk from '@/messages/kk.json';
import { send } from '../databases';
import { GIT_HOST_TOKEN, receivedUrl } from '../inbox-env';
import { startGitHost, type Received } from '../oidc-provider';
import { freePorts } from '../ports';

/*
 * Each handler of the inbox's forms (lib/inbox/actions.ts), called as the route calls it after the
 * session and its token are checked: what it changes, what it writes to the audit log, what it
 * answers; and the roles and references the table makes it check first. The pages come from the
 * fixture build's templates (npm test builds it before these tests).
 */

const ORIGIN = 'http://localhost:3000';
const w = kk.Inbox;
let dir: string;
let db: Kysely<Database>;
let gitHost: Server;
let gitPort: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inbox-actions-'));
  db = await openDatabase({ kind: 'sqlite', file: join(dir, 'site.db') });
  gitPort = await freePorts(1);
  gitHost = await startGitHost(gitPort);
});
afterAll(async () => {
  await db.destroy();
  gitHost.close();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  vi.stubEnv('INBOX_PUBLISH_TOKEN', '');
});

let residents = 0;
async function message({ contact = false } = {}): Promise<string> {
  residents += 1;
  const { reference } = await saveSubmission(
    db,
    send(`Хабарлама ${residents}`, contact ? { name: 'Асан', contact: '+77012345678' } : {}),
    { address: `10.0.0.${residents}`, now: new Date() },
    { locale: 'kk', retentionMonths: 12 },
  );
  return reference;
}

async function as(role: Role): Promise<Signed> {
  const { session } = await startSession(db, { subject: role, name: `${role} Сынақ`, role });
  return { db, session, view: await viewIn('kk', session) };
}

const post = (signed: Signed, fields: Record<string, string>) =>
  act(signed, new URLSearchParams({ csrf: signed.session.csrf, ...fields }), ORIGIN);

const audited = (action: string) =>
  db
    .selectFrom('audit_log')
    .select(['actor', 'account', 'role', 'reference', 'detail'])
    .where('action', '=', action)
    .execute();

describe('the inbox forms, one handler per intent', () => {
  it('refuses an intent the inbox does not have, and a message named by no readable reference', async () => {
    const editor = await as('editor');
    const unknown = await post(editor, { intent: 'drop-table' });
    expect(unknown.status).toBe(400);
    // Said inside the inbox, with its navigation, not on the public site's error page.
    const page = await unknown.text();
    expect(page).toContain(w.badForm);
    expect(page).toContain(w.navList);
    expect((await post(editor, { intent: 'toString' })).status).toBe(400);
    expect((await post(editor, { intent: 'status', status: 'new', reference: 'not one' })).status).toBe(400);
  });

  it('status: an editor sets it, recorded with the status; a reader is refused', async () => {
    const reference = await message();
    const reader = await post(await as('reader'), { intent: 'status', status: 'spam', reference });
    expect(reader.status).toBe(403);
    expect(await reader.text()).toContain(w.forbidden);

    const editor = await as('editor');
    expect((await post(editor, { intent: 'status', status: 'published', reference })).status).toBe(400);
    const set = await post(editor, { intent: 'status', status: 'in-progress', reference: reference.toLowerCase() });
    expect(set.status).toBe(303);
    expect(set.headers.get('location')).toBe(`/kk/inbox/${reference}?done=status`);
    expect((await submissionOf(db, reference))?.status).toBe('in-progress');
    expect(await audited('status')).toContainEqual(expect.objectContaining({ reference, detail: 'in-progress' }));
  });

  it('answer: kept in both languages and recorded; a missing field sends the page back with what was typed', async () => {
    const reference = await message();
    const editor = await as('editor');
    const partial = await post(editor, { intent: 'answer', reference, question_kk: 'Жазылған сұрақ', answer_kk: 'Ж' });
    expect(partial.status).toBe(422);
    const page = await partial.text();
    expect(page).toContain('Жазылған сұрақ');
    expect(page).toContain(w.answerMissing.replace('{limit}', '4000').slice(0, 20));

    const full = { question_kk: 'Сұрақ', question_ru: 'Вопрос', answer_kk: 'Жауап', answer_ru: 'Ответ' };
    expect((await post(editor, { intent: 'answer', reference, ...full })).status).toBe(303);
    expect(await submissionOf(db, reference)).toMatchObject({
      status: 'answered',
      answer: { question: { kk: 'Сұрақ', ru: 'Вопрос' }, answer: { kk: 'Жауап', ru: 'Ответ' } },
    });
    expect(await audited('answer')).toContainEqual(expect.objectContaining({ reference, role: 'editor' }));
  });

  it('publish: a pull request named by the publication’s own id, never the reference; nothing without a token', async () => {
    const reference = await message();
    const editor = await as('editor');
    const text = { question: { kk: 'Сұрақ', ru: 'Вопрос' }, answer: { kk: 'Жауап', ru: 'Ответ' } };
    await saveAnswer(db, reference, text, 'editor Сынақ');
    expect((await post(editor, { intent: 'publish', reference })).status).toBe(200);
    expect((await submissionOf(db, reference))?.status).toBe('answered');

    vi.stubEnv('INBOX_PUBLISH_TOKEN', GIT_HOST_TOKEN);
    vi.stubEnv('CMS_API_ROOT', `http://localhost:${gitPort}/api/v1`);
    const published = await post(editor, { intent: 'publish', reference });
    expect(published.status).toBe(303);
    const stored = await submissionOf(db, reference);
    expect(stored).toMatchObject({ status: 'published', publication_url: expect.stringMatching(/\/pulls\/\d+$/) });
    const received = (await (await fetch(receivedUrl(gitPort - 1))).json()) as Received;
    const pull = received.pulls.at(-1)!;
    expect(pull.head).toBe(`questions/${stored!.publication_id}`);
    // Reviewers read Kazakh or Russian: the title and text in both (messages/: Publication).
    expect(pull.title).toBe(`Сұрақ пен жауап: ${stored!.publication_id} / Вопрос и ответ: ${stored!.publication_id}`);
    expect(pull.body).toMatch(/\n\nХабарламалар бөлімінен\.[^\n]+\n\nИз раздела сообщений\./);
    const plain = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');
    for (const value of [pull.head, pull.title, pull.body, ...received.files.map((f) => f.path + f.content)])
      expect(plain(value)).not.toContain(plain(reference));
    expect(await audited('publish')).toContainEqual(
      expect.objectContaining({ reference, detail: stored!.publication_url }),
    );
  });

  it('report: previewed, then sent for review as a content file the kind reads; checked; a reader is refused', async () => {
    const reference = await message();
    const text = {
      question: { kk: 'Ұсыныс мәтіні', ru: 'Текст предложения' },
      answer: { kk: 'Ұстаным', ru: 'Позиция' },
    };
    await saveAnswer(db, reference, text, 'editor Сынақ');
    const today = isoDateInZone(new Date().toISOString());
    const step = { kind: 'taken-into-account' as const, day: today, recipient: null, sameAs: null, note: null };
    await recordOutcome(db, reference, step, { name: 'editor Сынақ', subject: 'editor', role: 'editor' });
    const asked = { intent: 'report', title_kk: 'Есеп', title_ru: 'Отчёт', from: '2026-01-01', to: today };
    expect((await post(await as('reader'), asked)).status).toBe(403);

    const editor = await as('editor');
    vi.stubEnv('INBOX_PUBLISH_TOKEN', GIT_HOST_TOKEN);
    vi.stubEnv('CMS_API_ROOT', `http://localhost:${gitPort}/api/v1`);
    for (const [fields, problem] of [
      [{ title_ru: '' }, 'reportTitle'],
      [{ from: today, to: '2026-01-01' }, 'reportPeriod'],
      [{ to: '2999-01-01' }, 'reportPeriod'],
    ] as const) {
      const refused = await post(editor, { ...asked, ...fields });
      expect(refused.status, problem).toBe(422);
      expect(await refused.text()).toContain(w.problems[problem].replace('{limit}', '200'));
    }

    const preview = await post(editor, asked);
    expect(preview.status).toBe(200);
    const shown = await preview.text();
    expect(shown).toContain(w.reportPreviewTitle);
    expect(shown).toContain('Ұсыныс мәтіні');
    expect(shown).not.toContain(reference);
    const before = ((await (await fetch(receivedUrl(gitPort - 1))).json()) as Received).pulls.length;

    const sent = await post(editor, { ...asked, confirm: 'yes' });
    expect(sent.status).toBe(200);
    expect(await sent.text()).toContain(w.done.report);
    const received = (await (await fetch(receivedUrl(gitPort - 1))).json()) as Received;
    expect(received.pulls).toHaveLength(before + 1);
    const pull = received.pulls.at(-1)!;
    const file = received.files.find((f) => f.branch === pull.head)!;
    expect(file.path).toMatch(/^content\/reports\/\d{4}-\d{2}-\d{2}-[a-z2-9]{8}\.yaml$/);
    expect(pull.title).toBe('Есеп: Есеп / Отчёт: Отчёт');
    const read = reports.fields.safeParse(parse(file.content));
    expect(read.success, JSON.stringify(read.error?.issues)).toBe(true);
    expect(read.data?.items).toContainEqual(
      expect.objectContaining({ proposal: text.question, outcome: 'taken-into-account', day: expect.any(String) }),
    );
    for (const value of [pull.title, pull.body, file.content]) expect(value).not.toContain(reference);
    expect(await audited('report')).toContainEqual(
      expect.objectContaining({ role: 'editor', detail: expect.stringMatching(/\/pulls\/\d+$/) }),
    );
  });

  it('contacts: shown to an administrator and recorded; an editor is refused', async () => {
    const reference = await message({ contact: true });
    expect((await post(await as('editor'), { intent: 'contacts', reference })).status).toBe(403);
    const shown = await post(await as('admin'), { intent: 'contacts', reference });
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('+77012345678');
    expect(await audited('contacts-viewed')).toContainEqual(expect.objectContaining({ reference, role: 'admin' }));
    // The account apart from the name, so that a name cannot pass itself off as an account.
    expect(await audited('contacts-viewed')).toContainEqual(
      expect.objectContaining({ actor: 'admin Сынақ', account: 'admin' }),
    );
  });

  it('delete: only when confirmed, by an administrator, recorded without the text', async () => {
    const reference = await message({ contact: true });
    expect((await post(await as('editor'), { intent: 'delete', reference, confirm: 'yes' })).status).toBe(403);
    const admin = await as('admin');
    expect((await post(admin, { intent: 'delete', reference })).status).toBe(400);
    const deleted = await post(admin, { intent: 'delete', reference, confirm: 'yes' });
    expect(deleted.status).toBe(200);
    expect(await deleted.text()).toContain(w.deleted.replace('{reference}', reference));
    expect(await submissionOf(db, reference)).toBeUndefined();
    expect(await audited('delete')).toContainEqual(expect.objectContaining({ reference, detail: null }));
  });

  it('export: the CSV of a filter, recorded with it; with contacts only for an administrator', async () => {
    const reference = await message({ contact: true });
    const editor = await as('editor');
    expect((await post(editor, { intent: 'export', status: 'nonsense' })).status).toBe(400);
    const csv = await post(editor, { intent: 'export', district: 'aral' });
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = await csv.text();
    expect(text).toContain(reference);
    expect(text).not.toContain('+77012345678');
    expect(await audited('export')).toContainEqual(expect.objectContaining({ detail: 'district=aral' }));
    // Search words are often a name or a phone: the log keeps that there were some, not what they were.
    await post(editor, { intent: 'export', q: 'Нұрлан 8701' });
    const searched = (await audited('export')).map((row) => row.detail);
    expect(searched).toContain('q=');
    expect(searched.join(' ')).not.toMatch(/Нұрлан|8701|%D0/);

    expect((await post(editor, { intent: 'export-with-contacts' })).status).toBe(403);
    const withContacts = await post(await as('admin'), { intent: 'export-with-contacts' });
    expect(await withContacts.text()).toContain('+77012345678');
    expect(withContacts.headers.get('content-disposition')).toMatch(/-contacts\.csv"$/);
  });

  it('end-session: an administrator ends another’s session, or their own (signed out); an editor cannot', async () => {
    const other = await as('editor');
    expect((await post(other, { intent: 'end-session', session: other.session.idHash })).status).toBe(403);
    const admin = await as('admin');
    const ended = await post(admin, { intent: 'end-session', session: other.session.idHash });
    expect(ended.status).toBe(200);
    expect(await ended.text()).toContain(w.auditTitle);
    expect(
      await db.selectFrom('staff_sessions').where('id_hash', '=', other.session.idHash).selectAll().execute(),
    ).toEqual([]);
    expect(await audited('session-ended')).toContainEqual(expect.objectContaining({ detail: 'editor Сынақ' }));

    const own = await post(admin, { intent: 'end-session', session: admin.session.idHash });
    expect(own.headers.get('set-cookie')).toMatch(/^__Host-inbox=; /);
    expect(await own.text()).toContain(w.signedOut);
  });

  it('outcome: an editor records what was done, checked, audited, and shown to the resident; a reader is refused', async () => {
    const reference = await message();
    const other = await message();
    const today = isoDateInZone(new Date().toISOString());
    const step = { intent: 'outcome', reference, day: today };
    expect((await post(await as('reader'), { ...step, kind: 'taken-into-account' })).status).toBe(403);

    const editor = await as('editor');
    // Each problem said at the form, with what was typed kept.
    for (const [fields, problem] of [
      [{ kind: 'sent-to-the-moon' }, 'outcomeKind'],
      [{ kind: 'passed-on' }, 'outcomeRecipient'],
      [{ kind: 'passed-on', recipient: 'nobody' }, 'outcomeRecipient'],
      [{ kind: 'not-supported', note_kk: 'Себебі' }, 'outcomeReason'],
      [{ kind: 'taken-into-account', note_ru: 'Только по-русски' }, 'outcomeNote'],
      [{ kind: 'same-as', same_as: reference }, 'outcomeSameAs'],
      [{ kind: 'same-as', same_as: 'ZZZZ-ZZZZ-ZZZZ' }, 'outcomeSameAs'],
      [{ kind: 'taken-into-account', day: '2999-01-01' }, 'outcomeDay'],
      [{ kind: 'taken-into-account', day: '2026-01-01' }, 'outcomeDay'],
    ] as const) {
      const refused = await post(editor, { ...step, ...fields });
      expect(refused.status, problem).toBe(422);
      expect(await refused.text(), problem).toContain(w.problems[problem].replace('{limit}', String(2000)));
    }
    expect(await outcomesOf(db, reference)).toEqual([]);

    const passed = await post(editor, {
      ...step,
      kind: 'passed-on',
      recipient: 'konstitutsiyalyq-reforma-komissiyasy',
    });
    expect(passed.status).toBe(303);
    expect(passed.headers.get('location')).toBe(`/kk/inbox/${reference}?done=outcome`);
    const refusedWithReason = {
      kind: 'not-supported',
      note_kk: 'Жобаға қатысы жоқ.',
      note_ru: 'Не относится к проекту.',
    };
    expect((await post(editor, { ...step, ...refusedWithReason })).status).toBe(303);
    expect((await post(editor, { ...step, reference: other, kind: 'same-as', same_as: reference })).status).toBe(303);
    expect(await audited('outcome')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ reference, detail: 'passed-on', role: 'editor' }),
        expect.objectContaining({ reference, detail: 'not-supported' }),
        expect.objectContaining({ reference: other, detail: 'same-as' }),
      ]),
    );

    // The resident who holds `other` sees the steps of the message it is the same as, not its reference.
    const seen = await lookUp(db, other);
    expect(seen).toMatchObject({
      found: true,
      steps: [
        {
          kind: 'same-as',
          theirs: [{ kind: 'passed-on' }, { kind: 'not-supported', note: { ru: 'Не относится к проекту.' } }],
        },
      ],
    });
    expect(JSON.stringify(seen)).not.toContain(reference);

    // Taken back: gone from what the resident sees, kept in the audit log.
    const [first] = await outcomesOf(db, reference);
    expect((await post(editor, { intent: 'outcome-remove', reference, outcome: first!.id })).status).toBe(303);
    expect((await outcomesOf(db, reference)).map((o) => o.kind)).toEqual(['not-supported']);
    expect(await audited('outcome-removed')).toContainEqual(
      expect.objectContaining({ reference, detail: 'passed-on' }),
    );
    // Another message's step cannot be taken back through this one.
    const [theirs] = await outcomesOf(db, other);
    expect((await post(editor, { intent: 'outcome-remove', reference, outcome: theirs!.id })).status).toBe(400);
    expect(await outcomesOf(db, other)).toHaveLength(1);
  });

  it('sign-out: the session ends and the cookie is cleared, recorded', async () => {
    const { id, session } = await startSession(db, { subject: 'reader', name: 'Оқырман', role: 'reader' });
    const signed = { db, session, view: await viewIn('kk', session) };
    const out = await post(signed, { intent: 'sign-out' });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-inbox=; /);
    expect(await findSession(db, id)).toBeUndefined();
    expect(hashId(id)).toBe(session.idHash);
    expect(await audited('sign-out')).toContainEqual(expect.objectContaining({ role: 'reader' }));
  });
});

describe('the inbox views', () => {
  const hostile = '<img src=x onerror=alert(1)> \u202Eexe.gnp';

  it('draw a resident’s text escaped and in its own direction, in the list and on its page', async () => {
    residents += 1;
    const { reference } = await saveSubmission(
      db,
      send(hostile),
      { address: `10.0.1.${residents}`, now: new Date() },
      { locale: 'kk', retentionMonths: 12 },
    );
    const editor = await as('editor');
    for (const response of [
      await listPage(editor, ORIGIN, { filter: { q: 'onerror' }, page: 1 }),
      await submissionPage(editor, ORIGIN, reference),
    ]) {
      const html = await response.text();
      expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
      expect(html).not.toContain('<img src=x');
      expect(html).toMatch(/<p [^>]*dir="auto"[^>]*>&#x3C;img src=x/);
    }
  });

  it('draw the audit log with its open sessions, and the sign-in page with or without its button', async () => {
    const admin = await as('admin');
    const audit = await (await auditLogPage(admin, ORIGIN, { page: 1 })).text();
    expect(audit).toContain(`<h1 class="mt-6 text-3xl font-bold leading-tight">${w.auditTitle}</h1>`);
    expect(audit).toContain(`— ${w.you}`);
    const refused = await (await signInPage('kk', ORIGIN, 'refused', { status: 403 })).text();
    expect(refused).toContain(w.refused);
    expect(refused).toContain('href="/kk/inbox/auth"');
    const notSetUp = await (await signInPage('kk', ORIGIN, 'notSetUp', { status: 503 })).text();
    expect(notSetUp).toContain(w.notSetUp);
    expect(notSetUp).not.toContain('href="/kk/inbox/auth"');
  });
});
