import 'server-only';
import { path } from '@/lib/site/routes';
import { historyOf } from './audit';
import { canPublish } from './publish';
import type { Signed } from './request';
import { inboxPage } from './respond';
import { submissionOf } from './submissions';
import { inboxBar, notice } from './views/html';
import { type AnswerDraft, type Contacts, detailView } from './views/detail';

/** One submission's page as a request has it: with a word, the contacts an administrator asked for, or an answer to correct. */
export async function submissionPage(
  signed: Signed,
  origin: string,
  reference: string,
  extra: {
    message?: { text: string; kind: 'status' | 'alert' };
    contacts?: Contacts;
    draft?: AnswerDraft;
    answerProblem?: string;
    status?: number;
  } = {},
): Promise<Response> {
  const { db, view } = signed;
  const href = path('/inbox/[reference]', { reference });
  const submission = await submissionOf(db, reference);
  if (!submission)
    return inboxPage(view.locale, origin, [inboxBar(view), notice(view.t('notFound'), 'alert')], { href, status: 404 });
  const { status = 200, ...rest } = extra;
  return inboxPage(
    view.locale,
    origin,
    detailView(view, { submission, history: await historyOf(db, reference), canPublish: canPublish(), ...rest }),
    { href, status, title: view.t('submissionTitle', { reference }) },
  );
}
