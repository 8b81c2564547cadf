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
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import { getURLFromRedirectError } from 'next/dist/client/components/redirect';
import type { ActState } from '@/lib/inbox/act-state';
import { runAction } from '@/lib/inbox/actions';
import { exportResponse } from '@/lib/inbox/export';
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
 * Each handler of the inbox's forms (lib/inbox/actions.ts), called as the server action calls it after
 * the session and its token are checked: what it changes, what it writes to the audit log, where it
 * goes (a 303 to a page that says what was done) or what it says on its form; and the roles and
 * references the table makes it check first.
 */

// The cookies a handler sets (sign-out), as Next's request scope would take them.
const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; maxAge?: number }[] }));
vi.mock('next/headers', () => ({
  cookies: async () => ({
    set: (name: string, value: string, o: { maxAge?: number }) => jar.set.push({ name, value, ...o }),
  }),
}));
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

/** A form's handler: where it went (a redirect), or what it said on the form. */
async function post(signed: Signed, fields: Record<string, string>): Promise<{ to?: string; state?: ActState }> {
  try {
    return { state: await runAction(signed, new URLSearchParams({ csrf: signed.session.csrf, ...fields })) };
  } catch (error) {
    if (isRedirectError(error)) return { to: getURLFromRedirectError(error) };
    throw error;
  }
}
/** What a handler said on its form. */
const said = async (signed: Signed, fields: Record<string, string>) => (await post(signed, fields)).state?.notice?.text;

const audited = (action: string) =>
  db
    .selectFrom('audit_log')
    .select(['actor', 'account', 'role', 'reference', 'detail'])
    .where('action', '=', action)
    .execute();

describe('the inbox forms, one handler per intent', () => {
  it('refuses an intent the inbox does not have, and a message named by no readable reference', async () => {
    const editor = await as('editor');
    // Said on the form, inside the inbox.
    expect(await said(editor, { intent: 'drop-table' })).toBe(w.badForm);
    expect(await said(editor, { intent: 'toString' })).toBe(w.badForm);
    expect(await said(editor, { intent: 'status', status: 'new', reference: 'not one' })).toBe(w.badForm);
  });

  it('status: an editor sets it, recorded with the status; a reader is refused', async () => {
    const reference = await message();
    expect(await said(await as('reader'), { intent: 'status', status: 'spam', reference })).toBe(w.forbidden);

    const editor = await as('editor');
    expect(await said(editor, { intent: 'status', status: 'published', reference })).toBe(w.badForm);
    const set = await post(editor, { intent: 'status', status: 'in-progress', reference: reference.toLowerCase() });
    expect(set.to).toBe(`/kk/inbox/${reference}?done=status`);
    expect((await submissionOf(db, reference))?.status).toBe('in-progress');
    expect(await audited('status')).toContainEqual(expect.objectContaining({ reference, detail: 'in-progress' }));
    // The status as it is (an answered message's form offers it as an empty value): nothing changes.
    expect(await said(editor, { intent: 'status', status: '', reference })).toBe(w.statusUnchanged);
    expect((await submissionOf(db, reference))?.status).toBe('in-progress');
  });

  it('answer: kept in both languages and recorded; a missing field sends the page back with what was typed', async () => {
    const reference = await message();
    const editor = await as('editor');
    const partial = await post(editor, { intent: 'answer', reference, question_kk: 'Жазылған сұрақ', answer_kk: 'Ж' });
    expect(partial.state?.draft).toMatchObject({ question_kk: 'Жазылған сұрақ', answer_kk: 'Ж', answer_ru: '' });
    expect(partial.state?.notice).toEqual({ text: w.answerMissing.replace('{limit}', '4000'), kind: 'alert' });

    const full = { question_kk: 'Сұрақ', question_ru: 'Вопрос', answer_kk: 'Жауап', answer_ru: 'Ответ' };
    expect((await post(editor, { intent: 'answer', reference, ...full })).to).toBe(
      `/kk/inbox/${reference}?done=answer`,
    );
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
    expect(await said(editor, { intent: 'publish', reference })).toBe(w.publishNotSetUp);
    expect((await submissionOf(db, reference))?.status).toBe('answered');

    vi.stubEnv('INBOX_PUBLISH_TOKEN', GIT_HOST_TOKEN);
    vi.stubEnv('CMS_API_ROOT', `http://localhost:${gitPort}/api/v1`);
    const published = await post(editor, { intent: 'publish', reference });
    expect(published.to).toBe(`/kk/inbox/${reference}?done=publish`);
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

  it('report: sent for review as a content file the kind reads; checked; a reader is refused', async () => {
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
    expect(await said(await as('reader'), asked)).toBe(w.forbidden);

    const editor = await as('editor');
    vi.stubEnv('INBOX_PUBLISH_TOKEN', GIT_HOST_TOKEN);
    vi.stubEnv('CMS_API_ROOT', `http://localhost:${gitPort}/api/v1`);
    for (const [fields, problem] of [
      [{ title_ru: '' }, 'reportTitle'],
      [{ from: today, to: '2026-01-01' }, 'reportPeriod'],
      [{ to: '2999-01-01' }, 'reportPeriod'],
    ] as const) {
      expect(await said(editor, { ...asked, ...fields }), problem).toBe(w.problems[problem].replace('{limit}', '200'));
    }
    const before = ((await (await fetch(receivedUrl(gitPort - 1))).json()) as Received).pulls.length;

    expect((await post(editor, asked)).to).toBe('/kk/inbox?done=report');
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
    expect(await said(await as('editor'), { intent: 'contacts', reference })).toBe(w.forbidden);
    const shown = await post(await as('admin'), { intent: 'contacts', reference });
    expect(shown.state?.contacts).toMatchObject({ name: 'Асан', contact: '+77012345678' });
    expect(await audited('contacts-viewed')).toContainEqual(expect.objectContaining({ reference, role: 'admin' }));
    // The account apart from the name, so that a name cannot pass itself off as an account.
    expect(await audited('contacts-viewed')).toContainEqual(
      expect.objectContaining({ actor: 'admin Сынақ', account: 'admin' }),
    );
  });

  it('delete: only when confirmed, by an administrator, recorded without the text', async () => {
    const reference = await message({ contact: true });
    expect(await said(await as('editor'), { intent: 'delete', reference, confirm: 'yes' })).toBe(w.forbidden);
    const admin = await as('admin');
    expect(await said(admin, { intent: 'delete', reference })).toBe(w.badForm);
    // To the list, whose address does not name the message.
    expect((await post(admin, { intent: 'delete', reference, confirm: 'yes' })).to).toBe('/kk/inbox?done=deleted');
    expect(await submissionOf(db, reference)).toBeUndefined();
    expect(await audited('delete')).toContainEqual(expect.objectContaining({ reference, detail: null }));
  });

  it('export: the CSV of a filter, recorded with it (never its search words); with contacts on request', async () => {
    const reference = await message({ contact: true });
    const editor = await as('editor');
    const csv = await exportResponse(editor, { district: 'aral' }, false);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('cache-control')).toBe('private, no-store');
    const text = await csv.text();
    expect(text).toContain(reference);
    expect(text).not.toContain('+77012345678');
    expect(await audited('export')).toContainEqual(expect.objectContaining({ detail: 'district=aral' }));
    // Search words are often a name or a phone: the log keeps that there were some, not what they were.
    await (await exportResponse(editor, { q: 'Нұрлан 8701' }, false)).text();
    const searched = (await audited('export')).map((row) => row.detail);
    expect(searched).toContain('q=');
    expect(searched.join(' ')).not.toMatch(/Нұрлан|8701|%D0/);

    const withContacts = await exportResponse(await as('admin'), {}, true);
    expect(await withContacts.text()).toContain('+77012345678');
    expect(withContacts.headers.get('content-disposition')).toMatch(/-contacts\.csv"$/);
    expect(await audited('export-with-contacts')).toContainEqual(expect.objectContaining({ role: 'admin' }));
  });

  it('end-session: an administrator ends another’s session, or their own (signed out); an editor cannot', async () => {
    const other = await as('editor');
    expect(await said(other, { intent: 'end-session', session: other.session.idHash })).toBe(w.forbidden);
    const admin = await as('admin');
    const ended = await post(admin, { intent: 'end-session', session: other.session.idHash });
    expect(ended.to).toBe('/kk/inbox/audit?done=session-ended');
    expect(
      await db.selectFrom('staff_sessions').where('id_hash', '=', other.session.idHash).selectAll().execute(),
    ).toEqual([]);
    expect(await audited('session-ended')).toContainEqual(expect.objectContaining({ detail: 'editor Сынақ' }));

    jar.set.length = 0;
    const own = await post(admin, { intent: 'end-session', session: admin.session.idHash });
    expect(own.to).toBe('/kk/inbox/sign-in?said=signedOut');
    expect(jar.set).toEqual([expect.objectContaining({ name: '__Host-inbox', value: '', maxAge: 0, secure: true })]);
  });

  it('outcome: an editor records what was done, checked, audited, and shown to the resident; a reader is refused', async () => {
    const reference = await message();
    const other = await message();
    const today = isoDateInZone(new Date().toISOString());
    const step = { intent: 'outcome', reference, day: today };
    expect(await said(await as('reader'), { ...step, kind: 'taken-into-account' })).toBe(w.forbidden);

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
      expect(refused.state?.notice?.text, problem).toBe(w.problems[problem].replace('{limit}', String(2000)));
      expect(refused.state?.draft, problem).toMatchObject(fields);
    }
    expect(await outcomesOf(db, reference)).toEqual([]);

    const passed = await post(editor, {
      ...step,
      kind: 'passed-on',
      recipient: 'konstitutsiyalyq-reforma-komissiyasy',
    });
    expect(passed.to).toBe(`/kk/inbox/${reference}?done=outcome`);
    const refusedWithReason = {
      kind: 'not-supported',
      note_kk: 'Жобаға қатысы жоқ.',
      note_ru: 'Не относится к проекту.',
    };
    expect((await post(editor, { ...step, ...refusedWithReason })).to).toMatch(/\?done=outcome$/);
    expect((await post(editor, { ...step, reference: other, kind: 'same-as', same_as: reference })).to).toMatch(
      /\?done=outcome$/,
    );
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
    expect((await post(editor, { intent: 'outcome-remove', reference, outcome: first!.id })).to).toMatch(
      /\?done=outcome-removed$/,
    );
    expect((await outcomesOf(db, reference)).map((o) => o.kind)).toEqual(['not-supported']);
    expect(await audited('outcome-removed')).toContainEqual(
      expect.objectContaining({ reference, detail: 'passed-on' }),
    );
    // Another message's step cannot be taken back through this one.
    const [theirs] = await outcomesOf(db, other);
    expect(await said(editor, { intent: 'outcome-remove', reference, outcome: theirs!.id })).toBe(w.badForm);
    expect(await outcomesOf(db, other)).toHaveLength(1);
  });

  it('sign-out: the session ends and the cookie is cleared, recorded', async () => {
    const { id, session } = await startSession(db, { subject: 'reader', name: 'Оқырман', role: 'reader' });
    const signed = { db, session, view: await viewIn('kk', session) };
    jar.set.length = 0;
    expect((await post(signed, { intent: 'sign-out' })).to).toBe('/kk/inbox/sign-in?said=signedOut');
    expect(jar.set).toEqual([expect.objectContaining({ name: '__Host-inbox', value: '', maxAge: 0 })]);
    expect(await findSession(db, id)).toBeUndefined();
    expect(hashId(id)).toBe(session.idHash);
    expect(await audited('sign-out')).toContainEqual(expect.objectContaining({ role: 'reader' }));
  });
});
