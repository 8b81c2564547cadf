import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Session } from '@/lib/inbox/sessions';
import type { ListedSubmission, SubmissionDetail } from '@/lib/inbox/submissions';
import { AuditView } from '@/lib/inbox/views/audit';
import { DetailView } from '@/lib/inbox/views/detail';
import { ListView } from '@/lib/inbox/views/list';
import { ReportPreview } from '@/lib/inbox/views/report';
import { viewIn } from '@/lib/inbox/views/view';
import kk from '@/messages/kk.json';

/*
 * Each view of the inbox (lib/inbox/views), rendered to HTML as its page renders it on the server: what
 * each role is shown, residents' texts escaped and in their own direction, and each form's fields.
 */

vi.mock('server-only', () => ({}));
// The content's names (topics, districts, events) are not what these views are tested for.
vi.mock('@/lib/content/queries', () => ({
  getTopics: () => [],
  getDistricts: () => [],
  getEvents: () => [],
  getRecipients: () => [],
}));
// The forms' server action is the server's (lib/inbox/act.ts); the views only name it.
vi.mock('@/lib/inbox/act', () => ({ act: async () => ({}) }));
vi.mock('next-intl/server', () => import('../next-intl-server'));

const w = kk.Inbox;
const hostile = '<img src=x onerror=alert(1)> \u202Eexe.gnp';
const at = '2026-12-01T09:30:00.000Z';

const session = (role: Session['role']): Session => ({
  idHash: `hash-${role}`,
  subject: role,
  name: `${role} Сынақ`,
  role,
  csrf: 'token-of-the-session',
  createdAt: at,
});
const as = (role: Session['role']) => viewIn('kk', session(role));

const listed: ListedSubmission = {
  reference: 'K7QM-2XDA-9PTB',
  created_at: at,
  kind: 'question',
  topic: 'other',
  district: 'other',
  event: null,
  status: 'new',
  held_reason: null,
  body: hostile,
  hasContact: true,
};
const detail: SubmissionDetail = {
  reference: 'K7QM-2XDA-9PTB',
  created_at: at,
  locale: 'kk',
  kind: 'question',
  topic: 'other',
  district: 'other',
  event: null,
  body: hostile,
  status: 'new',
  held_reason: null,
  delete_after: '2027-12-01T00:00:00.000Z',
  published_at: null,
  publication_url: null,
  publication_id: null,
  hasContact: true,
  answer: undefined,
};

const detailOf = async (role: Session['role']) =>
  renderToStaticMarkup(
    <DetailView
      view={await as(role)}
      submission={detail}
      history={[]}
      canPublish={false}
      outcomes={[]}
      recipients={[{ id: 'komissiya', name: 'Комиссия' }]}
      today="2026-12-04"
    />,
  );

describe('the inbox views', () => {
  it('list: a resident’s text escaped and in its own direction; the filter, the count, the exports by role', async () => {
    const list = (view: Awaited<ReturnType<typeof as>>) =>
      renderToStaticMarkup(
        <ListView
          view={view}
          filter={{ status: 'new', q: 'іздеу' }}
          page={1}
          rows={[listed]}
          total={1}
          retention={undefined}
          months={12}
          message={w.done.deleted}
        />,
      );
    const html = list(await as('editor'));
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
    expect(html).toMatch(/<p [^>]*dir="auto"[^>]*>&lt;img src=x/);
    expect(html).toContain(`<h1 class="mt-6 text-3xl font-bold leading-tight">${w.title}</h1>`);
    expect(html).toContain(`<div role="status" class="mt-6 rounded border-4 border-brand p-4">${w.done.deleted}</div>`);
    // The filter as it was asked for.
    expect(html).toMatch(/<option value="new" selected="">/);
    expect(html).toContain('value="іздеу"');
    // The export form carries the session's token and the filter.
    expect(html).toContain('action="/kk/inbox/export"');
    expect(html).toContain('name="csrf" value="token-of-the-session"');
    expect(html).not.toContain(w.exportWithContacts);
    expect(list(await as('admin'))).toContain(w.exportWithContacts);
    expect(list(await as('reader'))).not.toContain(w.export);
  });

  it('one message: its text escaped; contacts only on an administrator’s request; forms by role', async () => {
    const reader = await detailOf('reader');
    expect(reader).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(reader).toMatch(/<p [^>]*lang="kk" dir="auto">&lt;img/);
    expect(reader).toContain(w.contactsHidden);
    expect(reader).not.toContain(w.answerTitle);
    expect(reader).not.toContain(w.deleteTitle);

    const editor = await detailOf('editor');
    // The answer's form, filled with the resident's question in its language, each field labelled.
    expect(editor).toMatch(/<label class="block font-semibold" for="question_kk">/);
    expect(editor).toMatch(/<textarea[^>]*name="question_kk"[^>]*>&lt;img src=x/);
    expect(editor).toContain('name="intent" value="answer"');
    expect(editor).toContain('name="reference" value="K7QM-2XDA-9PTB"');
    expect(editor).toContain('name="csrf" value="token-of-the-session"');
    expect(editor).toContain(w.outcomesTitle);
    expect(editor).toContain('<option value="komissiya">Комиссия</option>');
    expect(editor).not.toContain(w.deleteTitle);
    expect(editor).not.toContain(w.contactsShow);

    const admin = await detailOf('admin');
    expect(admin).toContain(w.contactsShow);
    expect(admin).toContain(w.deleteTitle);
    // Never the contact details themselves, until asked for.
    expect(admin).not.toContain(w.consentAt);
  });

  it('a closed case whose text the retention job deleted says so, in the list and on its page', async () => {
    const view = await as('editor');
    const list = renderToStaticMarkup(
      <ListView
        view={view}
        filter={{}}
        page={1}
        rows={[{ ...listed, body: '', status: 'answered' }]}
        total={1}
        retention={undefined}
        months={12}
      />,
    );
    expect(list).toContain(w.textExpired);
    const page = renderToStaticMarkup(
      <DetailView
        view={view}
        submission={{ ...detail, body: '', status: 'answered' }}
        history={[]}
        canPublish={false}
        outcomes={[]}
        recipients={[]}
        today="2026-12-04"
      />,
    );
    expect(page).toContain(w.textExpired);
    expect(page).not.toMatch(/<p [^>]*dir="auto"><\/p>/);
    // Its status shown as it is, never "new" ready to be saved over it.
    const select = /<select id="status"[\s\S]*?<\/select>/.exec(page)![0];
    expect(select).toMatch(
      new RegExp(`^<select[^>]*><option value="" selected="">${view.names.status('answered')}</option>`),
    );
    expect(select).not.toMatch(/value="new" selected/);
  });

  it('audit log: who (name, and the account apart), what, the open sessions with the reader’s own marked', async () => {
    const view = await as('admin');
    const html = renderToStaticMarkup(
      <AuditView
        view={view}
        entries={[
          {
            id: '1',
            at,
            actor: '<b>Әкімші</b>',
            account: 'admin',
            role: 'admin',
            action: 'export',
            reference: null,
            detail: 'district=other&q=',
          },
        ]}
        total={1}
        page={1}
        sessions={[
          { id_hash: 'hash-admin', name: 'admin Сынақ', subject: 'admin', role: 'admin', created_at: at, seen_at: at },
        ]}
      />,
    );
    expect(html).toContain(`<h1 class="mt-6 text-3xl font-bold leading-tight">${w.auditTitle}</h1>`);
    expect(html).toContain('&lt;b&gt;Әкімші&lt;/b&gt;');
    expect(html).toContain(w.account.replace('{account}', 'admin'));
    expect(html).toContain(w.searchWordsNotKept);
    expect(html).toContain(`— ${w.you}`);
    expect(html).toContain('name="session" value="hash-admin"');
  });

  it('report preview: the figures and proposals it would publish, never a reference, and the form that sends it', async () => {
    const html = renderToStaticMarkup(
      <ReportPreview
        view={await as('editor')}
        draft={{ title_kk: 'Есеп', title_ru: 'Отчёт', from: '2026-11-01', to: '2026-11-30' }}
        figures={{ received: 3, kinds: [{ kind: 'proposal', count: 3 }], outcomes: [], topics: [], districts: [] }}
        items={[
          {
            proposal: { kk: 'Ұсыныс <мәтіні>', ru: 'Предложение' },
            position: { kk: 'Ұстаным', ru: 'Позиция' },
            outcome: 'taken-into-account',
            day: '2026-11-20',
            messages: 2,
          },
        ]}
        today="2026-12-04"
      />,
    );
    expect(html).toContain('Есеп / Отчёт');
    expect(html).toContain('Ұсыныс &lt;мәтіні&gt;');
    expect(html).toContain('name="intent" value="report"');
    expect(html).toContain('name="from" value="2026-11-01"');
    expect(html).not.toContain('K7QM');
  });
});
