import 'server-only';
import { localePath } from '@/i18n/routing';
import { readReference } from '@/lib/feedback/reference';
import { getQuestions, getRecipients } from '@/lib/content/queries';
import { reportFile } from '@/lib/reports/file';
import { reportFigures, reportItems } from '@/lib/reports/figures';
import { isoDateInZone } from '@/lib/format/dates';
import { recordOutcome, removeOutcome } from '@/lib/feedback/outcomes';
import { forgetSubmission } from '@/lib/feedback/store';
import { path } from '@/lib/site/routes';
import { ANSWER_LIMIT, readAnswer } from './answer-form';
import { type Actor, audit } from './audit';
import { exportCsv } from './export';
import { readFilter } from './filters';
import { NOTE_LIMIT, readOutcome } from './outcome-form';
import { auditLogPage, inboxToday, listPage, reportPreviewPage, submissionPage } from './pages';
import { readReport, REPORT_TITLE_LIMIT } from './report-form';
import { canPublish, newPublicationId, openPullRequest, questionFile } from './publish';
import { allowed, forbidden, refused, seeOther, type Signed } from './request';
import { inboxHeaders, signInPage } from './respond';
import type { Permission } from './roles';
import { clearCookie, endSession, openSessions, SESSION_COOKIE } from './sessions';
import {
  contactsOf,
  markPublished,
  publicationIdOf,
  saveAnswer,
  setStatus,
  settableStatuses,
  submissionOf,
} from './submissions';

/*
 * What each form of the inbox does (docs/inbox.md), one small handler per intent. The route
 * (app/[locale]/inbox/act) checks the request, the session and its token; the table says which role
 * each intent needs and whether it acts on one message, and `act` checks both before the handler
 * runs. What touches personal data or the public site is written to the audit log here.
 */

/** What a handler is given: the signed-in person, the form, and the message it names (if it must name one). */
export type ActContext = { signed: Signed; form: URLSearchParams; origin: string; actor: Actor };
export type OnMessage = ActContext & { reference: string };

type Action<C> = {
  /** What the role must be allowed (lib/inbox/roles.ts); none: anyone signed in. */
  permission?: Permission;
  /** The page a person whose role does not reach it is shown the refusal on. */
  from?: '/inbox' | '/inbox/audit';
  run: (context: C) => Promise<Response>;
};
type Actions = {
  readonly [intent: string]: ({ onMessage: true } & Action<OnMessage>) | ({ onMessage?: false } & Action<ActContext>);
};

/** Back to the message's page, with what was done said above it. */
const done = ({ signed, reference }: OnMessage, what: string) =>
  seeOther(`${localePath(signed.view.locale, path('/inbox/[reference]', { reference }))}?done=${what}`);

const signedOut = (signed: Signed, origin: string) =>
  signInPage(signed.view.locale, origin, 'signedOut', {
    status: 200,
    headers: { 'Set-Cookie': clearCookie(SESSION_COOKIE) },
  });

/** The CSV of what a filter shows; with the residents' contact details for an administrator who asks. */
const exportAction = (withContacts: boolean): Action<ActContext> => ({
  permission: withContacts ? 'contacts' : 'export',
  async run({ signed, form, origin, actor }) {
    const asked = readFilter(new URLSearchParams([...form].filter(([name]) => name !== 'csrf' && name !== 'intent')));
    if (!asked) return refused(signed, origin, '/inbox', 'bad');
    // Search words are often a name or a phone: the log keeps only that there were some ("q=").
    const shown = Object.entries(asked.filter)
      .filter(([, v]) => v)
      .map(([name, v]) => [name, name === 'q' ? '' : String(v)]);
    await audit(signed.db, actor, withContacts ? 'export-with-contacts' : 'export', {
      detail: new URLSearchParams(shown).toString() || null,
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(exportCsv(signed.db, asked.filter, { withContacts, view: signed.view }), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="inbox-${day}${withContacts ? '-contacts' : ''}.csv"`,
        'Cache-Control': inboxHeaders['Cache-Control'],
        'X-Robots-Tag': 'noindex',
      },
    });
  },
});

export const actions: Actions = {
  'sign-out': {
    async run({ signed, origin, actor }) {
      await endSession(signed.db, signed.session.idHash);
      await audit(signed.db, actor, 'sign-out');
      return signedOut(signed, origin);
    },
  },

  status: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, origin, actor, reference } = context;
      const status = settableStatuses.find((s) => s === form.get('status'));
      if (!status) return refused(signed, origin, '/inbox', 'badForm');
      if (!(await setStatus(signed.db, reference, status))) return submissionPage(signed, origin, reference);
      await audit(signed.db, actor, 'status', { reference, detail: status });
      return done(context, 'status');
    },
  },

  answer: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, origin, actor, reference } = context;
      const read = readAnswer(form);
      if (!read.ok)
        return submissionPage(signed, origin, reference, {
          draft: read.draft,
          answerProblem: signed.view.t('answerMissing', { limit: ANSWER_LIMIT }),
          status: 422,
        });
      if (!(await submissionOf(signed.db, reference))) return submissionPage(signed, origin, reference);
      await saveAnswer(signed.db, reference, read.value, signed.session.name);
      await audit(signed.db, actor, 'answer', { reference });
      return done(context, 'answer');
    },
  },

  publish: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, origin, actor, reference } = context;
      const submission = await submissionOf(signed.db, reference);
      if (!submission?.answer || !canPublish()) return submissionPage(signed, origin, reference);
      try {
        const id = await publicationIdOf(signed.db, reference, newPublicationId());
        const url = await openPullRequest(questionFile(submission, id), signed.session.name);
        await markPublished(signed.db, reference, url);
        await audit(signed.db, actor, 'publish', { reference, detail: url });
        return done(context, 'publish');
      } catch (error) {
        console.error(`inbox: publishing failed (${error instanceof Error ? error.message : 'error'})`);
        return submissionPage(signed, origin, reference, {
          message: { text: signed.view.t('publishFailed'), kind: 'alert' },
          status: 502,
        });
      }
    },
  },

  outcome: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, origin, actor, reference } = context;
      const submission = await submissionOf(signed.db, reference);
      if (!submission) return submissionPage(signed, origin, reference);
      const read = readOutcome(form, {
        recipients: getRecipients().map((r) => r.id),
        since: isoDateInZone(submission.created_at),
        today: inboxToday(),
      });
      const again = (problem: string) =>
        submissionPage(signed, origin, reference, {
          outcomeDraft: read.draft,
          outcomeProblem: problem,
          status: 422,
        });
      if (!read.ok) return again(signed.view.t(`problems.${read.problem}`, { limit: NOTE_LIMIT }));
      const { sameAs } = read.value;
      // The same as another message: one that is there, and not itself.
      if (sameAs && (sameAs === reference || !(await submissionOf(signed.db, sameAs))))
        return again(signed.view.t('problems.outcomeSameAs'));
      if (!(await recordOutcome(signed.db, reference, read.value, actor)))
        return submissionPage(signed, origin, reference);
      return done(context, 'outcome');
    },
  },

  'outcome-remove': {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, origin, actor, reference } = context;
      // Not this message's step, or taken back already (a stale page).
      if (!(await removeOutcome(signed.db, reference, form.get('outcome') ?? '', actor)))
        return refused(signed, origin, '/inbox', 'badForm');
      return done(context, 'outcome-removed');
    },
  },

  contacts: {
    permission: 'contacts',
    onMessage: true,
    async run({ signed, origin, actor, reference }) {
      const contacts = await contactsOf(signed.db, reference);
      if (contacts) await audit(signed.db, actor, 'contacts-viewed', { reference });
      return submissionPage(signed, origin, reference, contacts ? { contacts } : {});
    },
  },

  delete: {
    permission: 'delete',
    onMessage: true,
    async run({ signed, form, origin, actor, reference }) {
      if (form.get('confirm') !== 'yes') return refused(signed, origin, '/inbox', 'badForm');
      if (!(await forgetSubmission(signed.db, reference, actor))) return submissionPage(signed, origin, reference);
      return listPage(signed, origin, { filter: {}, page: 1, message: signed.view.t('deleted', { reference }) });
    },
  },

  report: {
    permission: 'answer',
    async run({ signed, form, origin, actor }) {
      const read = readReport(form, inboxToday());
      const back = (problem: string, status = 422) =>
        listPage(signed, origin, { filter: {}, page: 1, reportDraft: read.draft, reportProblem: problem, status });
      if (!read.ok) return back(signed.view.t(`problems.${read.problem}`, { limit: REPORT_TITLE_LIMIT }));
      if (!canPublish()) return back(signed.view.t('publishNotSetUp'), 409);
      const period = read.value;
      const [figures, items] = await Promise.all([
        reportFigures(signed.db, period),
        reportItems(signed.db, period, { questions: new Set(getQuestions().map((q) => q.id)) }),
      ]);
      if (form.get('confirm') !== 'yes')
        return reportPreviewPage(signed, origin, { draft: read.draft, figures, items });
      const id = newPublicationId();
      const report = { title: period.title, from: period.from, to: period.to, counted: inboxToday(), figures, items };
      try {
        const url = await openPullRequest(reportFile(id, report), signed.session.name);
        await audit(signed.db, actor, 'report', { detail: url });
        return listPage(signed, origin, { filter: {}, page: 1, message: signed.view.t('done.report') });
      } catch (error) {
        console.error(`inbox: publishing failed (${error instanceof Error ? error.message : 'error'})`);
        return back(signed.view.t('publishFailed'), 502);
      }
    },
  },

  export: exportAction(false),
  'export-with-contacts': exportAction(true),

  'end-session': {
    permission: 'audit',
    from: '/inbox/audit',
    async run({ signed, form, origin, actor }) {
      const target = form.get('session') ?? '';
      const ended = (await openSessions(signed.db)).find((s) => s.id_hash === target);
      if (ended && (await endSession(signed.db, target)))
        await audit(signed.db, actor, 'session-ended', { detail: ended.name });
      if (target === signed.session.idHash) return signedOut(signed, origin);
      return auditLogPage(signed, origin, { page: 1, message: signed.view.t('saved') });
    },
  },
};

/**
 * A form of the inbox, from a signed-in person whose token matched: its intent's handler, once the
 * role it needs and the message it names are checked (400 for an intent or a reference the inbox
 * cannot read, the refusal page for a role that does not reach it).
 */
export async function act(signed: Signed, form: URLSearchParams, origin: string): Promise<Response> {
  const intent = form.get('intent') ?? '';
  const action = Object.hasOwn(actions, intent) ? actions[intent] : undefined;
  if (!action) return refused(signed, origin, '/inbox', 'badForm');
  if (action.permission && !allowed(signed, action.permission))
    return forbidden(signed, origin, action.from ?? '/inbox');
  const { name, subject, role } = signed.session;
  const context = { signed, form, origin, actor: { name, subject, role } };
  if (!action.onMessage) return action.run(context);
  const reference = readReference(form.get('reference') ?? '');
  return reference ? action.run({ ...context, reference }) : refused(signed, origin, '/inbox', 'badForm');
}
