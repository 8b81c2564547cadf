import './server-modules';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/connect';
import type { Database } from '@/lib/db/schema';
import { forgetSubmission, saveSubmission } from '@/lib/feedback/store';
import { audit, auditRefusal, historyOf, REFUSALS_PER_DAY } from '@/lib/inbox/audit';
import { exportCsv } from '@/lib/inbox/export';
import { viewIn } from '@/lib/inbox/views/view';
import {
  csrfMatches,
  findSession,
  forgetEnded,
  FORM_GRACE_MS,
  IDLE_MS,
  keepSignIn,
  MAX_AGE_MS,
  ROLE_CHECK_MS,
  roleCheckDue,
  startSession,
  takeSignIn,
} from '@/lib/inbox/sessions';
import {
  contactsOf,
  listSubmissions,
  markPublished,
  publicationIdOf,
  saveAnswer,
  setStatus,
  submissionOf,
} from '@/lib/inbox/submissions';
import { send, testDatabases } from '../databases';

/*
 * What the inbox reads and writes (docs/inbox.md), on both kinds of database: filters and search,
 * answers and publication, the CSV export in batches, sessions and their expiry, the audit log.
 */

const { backends } = testDatabases('inbox-db');

const at = (minute: number) => new Date(Date.UTC(2026, 11, 1, 8, minute));
const options = { locale: 'kk', retentionMonths: 12 };
const editor = { name: 'Редактор', subject: 'editor', role: 'editor' };

// The byte-order mark kept (a plain decode drops it).
const readAll = async (stream: ReadableStream<Uint8Array>) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

describe.each(backends)('the inbox on $name', ({ fresh }) => {
  let db: Kysely<Database>;
  beforeAll(async () => {
    db = await openDatabase(fresh());
  });
  afterAll(() => db.destroy());

  it('filters by status, territory, topic and days in Kyzylorda, and finds words in any case', async () => {
    const a = await saveSubmission(
      db,
      send('Мектепке ЖОЛ керек', { topic: 'values' }),
      { address: '1', now: at(1) },
      options,
    );
    const b = await saveSubmission(
      db,
      send('Аурухана туралы', { district: 'kazaly' }),
      { address: '2', now: at(2) },
      options,
    );
    await setStatus(db, b.reference, 'in-progress');
    // 23:30 in Kyzylorda on 1 December is 18:30 UTC: still that day there.
    const late = await saveSubmission(
      db,
      send('Кешкі хат'),
      { address: '3', now: new Date(Date.UTC(2026, 11, 1, 18, 30)) },
      options,
    );

    const all = await listSubmissions(db, {}, 1);
    expect(all.rows.map((r) => r.reference)).toEqual([late.reference, b.reference, a.reference]);
    expect((await listSubmissions(db, { q: 'жол' }, 1)).rows.map((r) => r.reference)).toEqual([a.reference]);
    expect((await listSubmissions(db, { q: a.reference }, 1)).total).toBe(1);
    expect((await listSubmissions(db, { q: '100%_' }, 1)).total).toBe(0);
    expect((await listSubmissions(db, { district: 'kazaly', status: 'in-progress' }, 1)).rows[0]?.reference).toBe(
      b.reference,
    );
    expect((await listSubmissions(db, { topic: 'values' }, 1)).total).toBe(1);
    expect((await listSubmissions(db, { from: '2026-12-01', to: '2026-12-01' }, 1)).total).toBe(3);
    expect((await listSubmissions(db, { from: '2026-12-02' }, 1)).total).toBe(0);
  });

  it('keeps an answer, marks it answered and then published; deleting removes the answer too', async () => {
    const { reference } = await saveSubmission(
      db,
      send('Сұрақ', { name: 'Асан', contact: '+77012345678' }),
      { address: '4', now: at(5) },
      options,
    );
    await saveAnswer(db, reference, { question: { kk: 'С', ru: 'В' }, answer: { kk: 'Ж', ru: 'О' } }, 'Редактор');
    expect(await submissionOf(db, reference)).toMatchObject({
      status: 'answered',
      answer: { question: { kk: 'С' }, by: 'Редактор' },
    });
    await saveAnswer(db, reference, { question: { kk: 'С2', ru: 'В2' }, answer: { kk: 'Ж2', ru: 'О2' } }, 'Редактор');
    // Its public id is made once and kept, whatever is offered the next time.
    const id = await publicationIdOf(db, reference, '2026-12-04-aaaaaaaa');
    expect(await publicationIdOf(db, reference, '2026-12-04-bbbbbbbb')).toBe(id);
    expect(id).toBe('2026-12-04-aaaaaaaa');
    await markPublished(db, reference, 'https://git.example.kz/pulls/1');
    expect(await submissionOf(db, reference)).toMatchObject({
      status: 'published',
      publication_url: 'https://git.example.kz/pulls/1',
      publication_id: '2026-12-04-aaaaaaaa',
      answer: { answer: { ru: 'О2' } },
    });
    expect(await contactsOf(db, reference)).toMatchObject({ name: 'Асан', contact: '+77012345678' });
    expect(await forgetSubmission(db, reference, { name: 'Әкімші', subject: 'admin', role: 'admin' })).toBe(true);
    expect(await db.selectFrom('answers').selectAll().where('reference', '=', reference).execute()).toEqual([]);
    expect(
      await db.selectFrom('audit_log').select(['action', 'detail']).where('reference', '=', reference).execute(),
    ).toEqual([{ action: 'delete', detail: null }]);
  });

  it('exports every submission a filter shows, in batches, with contact details only when asked', async () => {
    const rows = Array.from({ length: 2_345 }, (_, i) => ({
      reference: `EXPT-${String(i).padStart(4, '0')}-AAAA`,
      created_at: new Date(Date.UTC(2026, 10, 1) + i * 1000).toISOString(),
      updated_at: new Date(Date.UTC(2026, 10, 1)).toISOString(),
      locale: 'ru',
      kind: 'opinion' as const,
      topic: 'other',
      district: 'shieli',
      event: null,
      body: i === 7 ? '=SUM(A1)' : `Мнение ${i}`,
      body_folded: `мнение ${i}`,
      status: 'new' as const,
      held_reason: null,
      body_hash: String(i),
      client_hash: null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('submissions')
        .values(rows.slice(i, i + 500))
        .execute();
    await db
      .insertInto('contacts')
      .values({
        reference: rows[3]!.reference,
        name: 'Айгүл',
        contact: 'aigul@mysal.kz',
        consent_at: rows[3]!.created_at,
        consent_version: 'v',
        delete_after: '2027-11-01T00:00:00.000Z',
      })
      .execute();

    const view = await viewIn('ru');
    const plain = await readAll(exportCsv(db, { district: 'shieli' }, { withContacts: false, view }));
    const lines = plain.trimEnd().split('\r\n');
    expect(lines).toHaveLength(rows.length + 1);
    // In the inbox's language, words for the codes, and the codes after them for a program.
    expect(lines[0]).toBe(
      '\ufeffНомер,Получено,Язык,Вид,Тема,Территория,Мероприятие,Статус,Текст,Вопрос (на казахском),Вопрос (на русском),Ответ (на казахском),Ответ (на русском),Вид (код),Тема (код),Территория (код),Мероприятие (код),Статус (код)',
    );
    expect(lines[1]).toMatch(/,Шиелийский район,/);
    expect(lines[1]).toMatch(/,shieli,/);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(rows.length);
    expect(plain).not.toContain('aigul@mysal.kz');
    expect(plain).toContain(",'=SUM(A1),");
    const withContacts = await readAll(exportCsv(db, { district: 'shieli' }, { withContacts: true, view }));
    expect(withContacts).toContain('Айгүл,aigul@mysal.kz');
  });

  it('opens a session, keeps it while used, ends it after 8 idle hours or 12 in all', async () => {
    const start = new Date(Date.UTC(2026, 11, 1, 3));
    const { id, session } = await startSession(db, { subject: 'editor', name: 'Редактор', role: 'editor' }, start);
    const later = (ms: number) => new Date(start.getTime() + ms);
    expect(await findSession(db, id, later(4 * 60 * 60_000))).toMatchObject({ session: { role: 'editor' } });
    // Used 4 hours in: 7 h 59 min after that it is still open (idle counts from the last request).
    expect(await findSession(db, id, later(4 * 60 * 60_000 + IDLE_MS - 60_000))).toMatchObject({ session: {} });
    // 12 hours after sign-in it ends, however recently used.
    expect(await findSession(db, id, later(MAX_AGE_MS + 1))).toEqual({ expired: true });
    expect(await findSession(db, id, new Date(start.getTime() + MAX_AGE_MS + 2))).toBeUndefined();
    expect(await findSession(db, 'not-a-session')).toBeUndefined();
    expect(csrfMatches(session, session.csrf)).toBe(true);
    expect(csrfMatches(session, `${session.csrf.slice(1)}x`)).toBe(false);
    expect(csrfMatches(session, null)).toBe(false);

    const idle = await startSession(db, { subject: 'reader', name: 'Оқырман', role: 'reader' }, start);
    expect(await findSession(db, idle.id, new Date(start.getTime() + IDLE_MS + 1))).toEqual({ expired: true });
    // The table holds no id a cookie could be made from.
    const stored = await db.selectFrom('staff_sessions').select('id_hash').execute();
    expect(stored.map((s) => s.id_hash)).not.toContain(id);
  });

  it('takes a sign-in once, and not after 10 minutes', async () => {
    const now = new Date(Date.UTC(2026, 11, 1, 3));
    const checks = { state: 's', verifier: 'v', nonce: 'n' };
    const id = await keepSignIn(db, checks, 'ru', { now });
    expect(await takeSignIn(db, id, now)).toEqual({ ...checks, locale: 'ru', next: null });
    expect(await takeSignIn(db, id, now)).toBeUndefined();
    const old = await keepSignIn(db, checks, 'kk', { now });
    expect(await takeSignIn(db, old, new Date(now.getTime() + 11 * 60_000))).toBeUndefined();
    // A renewal of the role keeps the page to come back to.
    const renewal = await keepSignIn(db, checks, 'kk', { now, next: '/kk/inbox/audit' });
    expect(await takeSignIn(db, renewal, now)).toMatchObject({ next: '/kk/inbox/audit' });
  });

  it('has a role checked with the provider again after 15 minutes for a page, 45 for a form typed meanwhile', async () => {
    const start = new Date(Date.UTC(2026, 11, 1, 3));
    const { session } = await startSession(db, { subject: 'editor', name: 'Редактор', role: 'editor' }, start);
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(roleCheckDue(session, 'page', at(ROLE_CHECK_MS))).toBe(false);
    expect(roleCheckDue(session, 'page', at(ROLE_CHECK_MS + 1))).toBe(true);
    expect(roleCheckDue(session, 'form', at(ROLE_CHECK_MS + 1))).toBe(false);
    expect(roleCheckDue(session, 'form', at(ROLE_CHECK_MS + FORM_GRACE_MS + 1))).toBe(true);
    expect(ROLE_CHECK_MS + FORM_GRACE_MS).toBeLessThanOrEqual(45 * 60_000);
  });

  it('forgets the sessions ended by time and the sign-ins never finished, nothing still open', async () => {
    const start = new Date(Date.UTC(2026, 10, 1, 3));
    const later = (ms: number) => new Date(start.getTime() + ms);
    const idle = await startSession(db, { subject: 'a', name: 'A', role: 'reader' }, start);
    const long = await startSession(db, { subject: 'b', name: 'B', role: 'reader' }, start);
    // Used until the 12th hour: never idle, but too old.
    await findSession(db, long.id, later(MAX_AGE_MS - 4 * 60 * 60_000));
    const open = await startSession(db, { subject: 'c', name: 'C', role: 'reader' }, later(MAX_AGE_MS - 60_000));
    await keepSignIn(db, { state: 's', verifier: 'v', nonce: 'n' }, 'kk', { now: start });
    const fresh = await keepSignIn(db, { state: 's', verifier: 'v', nonce: 'n' }, 'kk', {
      now: later(MAX_AGE_MS - 60_000),
    });
    const hashes = (await db.selectFrom('staff_sessions').select('id_hash').execute()).map((r) => r.id_hash);
    expect(await forgetEnded(db, later(MAX_AGE_MS))).toMatchObject({ sessions: 2 });
    const left = (await db.selectFrom('staff_sessions').select('id_hash').execute()).map((r) => r.id_hash);
    expect(left).toContain(open.session.idHash);
    expect(left).not.toContain(idle.session.idHash);
    expect(left).not.toContain(long.session.idHash);
    expect(left.length).toBe(hashes.length - 2);
    expect(await takeSignIn(db, fresh, later(MAX_AGE_MS))).toMatchObject({ state: 's' });
    expect(
      await db
        .selectFrom('sign_ins')
        .selectAll()
        .where('created_at', '<', later(MAX_AGE_MS - 60_000).toISOString())
        .execute(),
    ).toEqual([]);
  });

  it('records a refused sign-in once an hour per account, and so many a day in all', async () => {
    const day = new Date(Date.UTC(2026, 9, 1, 6));
    const stranger = { name: 'Бөгде', subject: 'stranger-1' };
    const minutes = (m: number) => new Date(day.getTime() + m * 60_000);
    expect(await auditRefusal(db, stranger, 'other-org', minutes(0))).toBe(true);
    expect(await auditRefusal(db, stranger, 'other-org', minutes(30))).toBe(false);
    expect(await auditRefusal(db, stranger, 'other-org', minutes(61))).toBe(true);
    // Many accounts: the day's log stops at its cap.
    for (let i = 2; i <= REFUSALS_PER_DAY + 5; i++)
      await auditRefusal(db, { name: 'Бөгде', subject: `stranger-${i}` }, null, minutes(62));
    const refused = await db
      .selectFrom('audit_log')
      .select('account')
      .where('action', '=', 'sign-in-refused')
      .where('at', '>=', day.toISOString())
      .execute();
    expect(refused).toHaveLength(REFUSALS_PER_DAY);
    expect(refused.filter((r) => r.account === 'stranger-1')).toHaveLength(2);
  });

  it('writes who did what to which submission, in order, never a text', async () => {
    await audit(db, editor, 'status', { reference: 'HIST-0000-AAAA', detail: 'spam', now: at(10) });
    await audit(db, editor, 'answer', { reference: 'HIST-0000-AAAA', now: at(10) });
    const history = await historyOf(db, 'HIST-0000-AAAA');
    expect(history.map((h) => [h.action, h.actor, h.account, h.detail])).toEqual([
      ['status', 'Редактор', 'editor', 'spam'],
      ['answer', 'Редактор', 'editor', null],
    ]);
  });
});
