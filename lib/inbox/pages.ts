import 'server-only';
import type { Figures, ReportItem } from '@/lib/content/kinds/reports';
import { getRecipients } from '@/lib/content/queries';
import { retentionMonths } from '@/lib/env';
import { outcomesOf } from '@/lib/feedback/outcomes';
import { isoDateInZone } from '@/lib/format/dates';
import { path } from '@/lib/site/routes';
import { auditPage, historyOf } from './audit';
import { auditQuery, filterQuery, type InboxFilter } from './filters';
import { canPublish } from './publish';
import type { ReportDraft } from './report-form';
import { allowed, type Signed } from './request';
import { inboxPage } from './respond';
import { openSessions } from './sessions';
import { lastRetentionRun, listSubmissions, submissionOf } from './submissions';
import { auditView } from './views/audit';
import type { OutcomeDraft } from './outcome-form';
import { type AnswerDraft, type Contacts, detailView } from './views/detail';
import { inboxBar, notice } from './views/html';
import { listView } from './views/list';
import { reportPreview } from './views/report';

/*
 * The inbox's pages as a request has them (docs/inbox.md), each loaded and drawn in one place: the
 * list, one submission, the audit log. The routes that show them, and the form that shows one after
 * acting (a deletion, a session ended), call these.
 */

/** The list a filter shows, one page of it; with a word above it after an action. */
export async function listPage(
  signed: Signed,
  origin: string,
  {
    filter,
    page,
    message,
    reportDraft,
    reportProblem,
    status = 200,
  }: {
    filter: InboxFilter;
    page: number;
    message?: string;
    reportDraft?: ReportDraft;
    reportProblem?: string;
    status?: number;
  },
): Promise<Response> {
  const { db, view } = signed;
  const [{ rows, total }, retention] = await Promise.all([listSubmissions(db, filter, page), lastRetentionRun(db)]);
  return inboxPage(
    view.locale,
    origin,
    listView(view, {
      filter,
      page,
      rows,
      total,
      retention,
      months: retentionMonths(),
      ...(message ? { message } : {}),
      ...(allowed(signed, 'answer')
        ? {
            report: {
              today: inboxToday(),
              canPublish: canPublish(),
              ...(reportDraft ? { draft: reportDraft } : {}),
              ...(reportProblem ? { problem: reportProblem } : {}),
            },
          }
        : {}),
    }),
    { href: `${path('/inbox')}${filterQuery(filter, page)}`, title: view.t('title'), status },
  );
}

/** The audit log, one page of it, and the open sessions; with a word above them after an action. */
export async function auditLogPage(
  signed: Signed,
  origin: string,
  { page, message }: { page: number; message?: string },
): Promise<Response> {
  const { db, view } = signed;
  const [{ rows, total }, sessions] = await Promise.all([auditPage(db, page), openSessions(db)]);
  return inboxPage(
    view.locale,
    origin,
    auditView(view, { entries: rows, total, page, sessions, ...(message ? { message } : {}) }),
    { href: `${path('/inbox/audit')}${auditQuery(page)}`, title: view.t('auditTitle') },
  );
}

/** Today in Kyzylorda, the latest day a step can be dated. */
export const inboxToday = () => isoDateInZone(new Date().toISOString());

/** One submission's page as a request has it: with a word, the contacts an administrator asked for, or an answer or a step to correct. */
export async function submissionPage(
  signed: Signed,
  origin: string,
  reference: string,
  extra: {
    message?: { text: string; kind: 'status' | 'alert' };
    contacts?: Contacts;
    draft?: AnswerDraft;
    answerProblem?: string;
    outcomeDraft?: OutcomeDraft;
    outcomeProblem?: string;
    status?: number;
  } = {},
): Promise<Response> {
  const { db, view } = signed;
  const href = path('/inbox/[reference]', { reference });
  const submission = await submissionOf(db, reference);
  if (!submission)
    return inboxPage(view.locale, origin, [inboxBar(view), notice(view.t('notFound'), 'alert')], { href, status: 404 });
  const { status = 200, ...rest } = extra;
  const [history, outcomes] = await Promise.all([historyOf(db, reference), outcomesOf(db, reference)]);
  return inboxPage(
    view.locale,
    origin,
    detailView(view, {
      submission,
      history,
      canPublish: canPublish(),
      outcomes,
      recipients: getRecipients().map((r) => ({ id: r.id, name: r.name[view.locale] })),
      today: inboxToday(),
      ...rest,
    }),
    { href, status, title: view.t('submissionTitle', { reference }) },
  );
}

/** What a report would publish, before it goes for review. */
export async function reportPreviewPage(
  signed: Signed,
  origin: string,
  { draft, figures, items }: { draft: ReportDraft; figures: Figures; items: ReportItem[] },
): Promise<Response> {
  const { view } = signed;
  return inboxPage(view.locale, origin, reportPreview(view, { draft, figures, items, today: inboxToday() }), {
    href: path('/inbox'),
    title: view.t('reportPreviewTitle'),
  });
}
