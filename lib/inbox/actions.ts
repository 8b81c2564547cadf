import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { localePath } from '@/i18n/routing';
import { readReference } from '@/lib/feedback/reference';
import { getQuestions, getRecipients } from '@/lib/content/queries';
import { reportFile } from '@/lib/reports/file';
import { reportFigures, reportItems } from '@/lib/reports/figures';
import { isoDateInZone, todayInZone } from '@/lib/format/dates';
import { recordOutcome, removeOutcome } from '@/lib/feedback/outcomes';
import { forgetSubmission } from '@/lib/feedback/store';
import { path } from '@/lib/site/routes';
import type { ActState } from './act-state';
import { ANSWER_LIMIT, readAnswer } from './answer-form';
import { type Actor, audit } from './audit';
import { NOTE_LIMIT, readOutcome } from './outcome-form';
import { readReport, REPORT_TITLE_LIMIT } from './report-form';
import { canPublish, newPublicationId, openPullRequest, questionFile } from './publish';
import { allowed, type Signed, signInPath } from './request';
import type { Permission } from './roles';
import { cookieOptions, endSession, openSessions, SESSION_COOKIE } from './sessions';
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
 * What each form of the inbox does (docs/inbox.md), one small handler per intent. The server action
 * (lib/inbox/act.ts) checks the session and its token; the table says which role each intent needs and
 * whether it acts on one message, and `act` checks both before the handler runs. A handler that
 * succeeds goes to a page (a 303, which says what was done); one that cannot says why on its form,
 * with what was typed. What touches personal data or the public site is written to the audit log here.
 */

/** What a handler is given: the signed-in person, the form, and the message it names (if it must name one). */
export type ActContext = { signed: Signed; form: URLSearchParams; actor: Actor };
export type OnMessage = ActContext & { reference: string };

type Action<C> = {
  /** What the role must be allowed (lib/inbox/roles.ts); none: anyone signed in. */
  permission?: Permission;
  run: (context: C) => Promise<ActState>;
};
type Actions = {
  readonly [intent: string]: ({ onMessage: true } & Action<OnMessage>) | ({ onMessage?: false } & Action<ActContext>);
};

/** Words said on the form: a refusal, a problem, a failure (`alert`), or done and staying (`status`). */
export const says = (text: string, kind: 'status' | 'alert' = 'alert'): ActState => ({ notice: { text, kind } });

/** A refusal of the inbox's own words (lib/inbox/request.ts has the pages'). */
export const refusal = (signed: Signed, word: 'forbidden' | 'csrf' | 'badForm' | 'notFound') =>
  says(signed.view.t(word));

/** To the message's page, which says what was done. */
const done = ({ signed, reference }: OnMessage, what: string): never =>
  redirect(`${localePath(signed.view.locale, path('/inbox/[reference]', { reference }))}?done=${what}`);

/** Signed out: the cookie forgotten, and the sign-in page says so. */
async function signOut(signed: Signed): Promise<never> {
  (await cookies()).set(SESSION_COOKIE, '', { ...cookieOptions, maxAge: 0 });
  redirect(signInPath(signed.view.locale, 'signedOut'));
}

const publishFailed = (signed: Signed, error: unknown) => {
  console.error(`inbox: publishing failed (${error instanceof Error ? error.message : 'error'})`);
  return says(signed.view.t('publishFailed'));
};

export const actions: Actions = {
  'sign-out': {
    async run({ signed, actor }) {
      await endSession(signed.db, signed.session.idHash);
      await audit(signed.db, actor, 'sign-out');
      return signOut(signed);
    },
  },

  status: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, actor, reference } = context;
      // The status as it is (answered, published: lib/inbox/views/detail.tsx), sent back unchanged.
      if (form.get('status') === '') return says(signed.view.t('statusUnchanged'), 'status');
      const status = settableStatuses.find((s) => s === form.get('status'));
      if (!status) return refusal(signed, 'badForm');
      if (!(await setStatus(signed.db, reference, status))) return refusal(signed, 'notFound');
      await audit(signed.db, actor, 'status', { reference, detail: status });
      return done(context, 'status');
    },
  },

  answer: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, actor, reference } = context;
      const read = readAnswer(form);
      if (!read.ok) return { ...says(signed.view.t('answerMissing', { limit: ANSWER_LIMIT })), draft: read.draft };
      if (!(await submissionOf(signed.db, reference))) return refusal(signed, 'notFound');
      await saveAnswer(signed.db, reference, read.value, signed.session.name);
      await audit(signed.db, actor, 'answer', { reference });
      return done(context, 'answer');
    },
  },

  publish: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, actor, reference } = context;
      const submission = await submissionOf(signed.db, reference);
      if (!submission?.answer) return refusal(signed, 'badForm');
      if (!canPublish()) return says(signed.view.t('publishNotSetUp'));
      try {
        const id = await publicationIdOf(signed.db, reference, newPublicationId());
        const url = await openPullRequest(questionFile(submission, id), signed.session.name);
        await markPublished(signed.db, reference, url);
        await audit(signed.db, actor, 'publish', { reference, detail: url });
      } catch (error) {
        return publishFailed(signed, error);
      }
      return done(context, 'publish');
    },
  },

  outcome: {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, actor, reference } = context;
      const submission = await submissionOf(signed.db, reference);
      if (!submission) return refusal(signed, 'notFound');
      const read = readOutcome(form, {
        recipients: getRecipients().map((r) => r.id),
        since: isoDateInZone(submission.created_at),
        today: todayInZone(),
      });
      const again = (problem: string) => ({ ...says(problem), draft: read.draft });
      if (!read.ok) return again(signed.view.t(`problems.${read.problem}`, { limit: NOTE_LIMIT }));
      const { sameAs } = read.value;
      // The same as another message: one that is there, and not itself.
      if (sameAs && (sameAs === reference || !(await submissionOf(signed.db, sameAs))))
        return again(signed.view.t('problems.outcomeSameAs'));
      if (!(await recordOutcome(signed.db, reference, read.value, actor))) return refusal(signed, 'notFound');
      return done(context, 'outcome');
    },
  },

  'outcome-remove': {
    permission: 'answer',
    onMessage: true,
    async run(context) {
      const { signed, form, actor, reference } = context;
      // Not this message's step, or taken back already (a stale page).
      if (!(await removeOutcome(signed.db, reference, form.get('outcome') ?? '', actor)))
        return refusal(signed, 'badForm');
      return done(context, 'outcome-removed');
    },
  },

  contacts: {
    permission: 'contacts',
    onMessage: true,
    async run({ signed, actor, reference }) {
      const contacts = await contactsOf(signed.db, reference);
      if (!contacts) return refusal(signed, 'notFound');
      await audit(signed.db, actor, 'contacts-viewed', { reference });
      const { view } = signed;
      return {
        contacts: {
          name: contacts.name ?? '—',
          contact: contacts.contact ?? '—',
          consentAt: view.when(contacts.consent_at),
          deleteAfter: view.day(contacts.delete_after),
        },
      };
    },
  },

  delete: {
    permission: 'delete',
    onMessage: true,
    async run({ signed, form, actor, reference }) {
      if (form.get('confirm') !== 'yes') return refusal(signed, 'badForm');
      if (!(await forgetSubmission(signed.db, reference, actor))) return refusal(signed, 'notFound');
      redirect(`${localePath(signed.view.locale, path('/inbox'))}?done=deleted`);
    },
  },

  report: {
    permission: 'answer',
    async run({ signed, form, actor }) {
      const today = todayInZone();
      const read = readReport(form, today);
      if (!read.ok) return says(signed.view.t(`problems.${read.problem}`, { limit: REPORT_TITLE_LIMIT }));
      if (!canPublish()) return says(signed.view.t('publishNotSetUp'));
      const period = read.value;
      const [figures, items] = await Promise.all([
        reportFigures(signed.db, period),
        reportItems(signed.db, period, { questions: new Set(getQuestions().map((q) => q.id)) }),
      ]);
      const id = newPublicationId();
      const report = { title: period.title, from: period.from, to: period.to, counted: today, figures, items };
      try {
        const url = await openPullRequest(reportFile(id, report), signed.session.name);
        await audit(signed.db, actor, 'report', { detail: url });
      } catch (error) {
        return publishFailed(signed, error);
      }
      redirect(`${localePath(signed.view.locale, path('/inbox'))}?done=report`);
    },
  },

  'end-session': {
    permission: 'audit',
    async run({ signed, form, actor }) {
      const target = form.get('session') ?? '';
      const ended = (await openSessions(signed.db)).find((s) => s.id_hash === target);
      if (ended && (await endSession(signed.db, target)))
        await audit(signed.db, actor, 'session-ended', { detail: ended.name });
      if (target === signed.session.idHash) return signOut(signed);
      redirect(`${localePath(signed.view.locale, path('/inbox/audit'))}?done=session-ended`);
    },
  },
};

/**
 * A form of the inbox, from a signed-in person whose token matched: its intent's handler, once the
 * role it needs and the message it names are checked.
 */
export async function runAction(signed: Signed, form: URLSearchParams): Promise<ActState> {
  const intent = form.get('intent') ?? '';
  const action = Object.hasOwn(actions, intent) ? actions[intent] : undefined;
  if (!action) return refusal(signed, 'badForm');
  if (action.permission && !allowed(signed, action.permission)) return refusal(signed, 'forbidden');
  const { name, subject, role } = signed.session;
  const context = { signed, form, actor: { name, subject, role } };
  if (!action.onMessage) return action.run(context);
  const reference = readReference(form.get('reference') ?? '');
  return reference ? action.run({ ...context, reference }) : refusal(signed, 'badForm');
}
