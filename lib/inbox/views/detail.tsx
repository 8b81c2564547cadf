/** @jsxImportSource hastscript */
import type { Element, ElementContent } from 'hast';
import { localePath } from '@/i18n/routing';
import { contents, element } from '@/lib/markup';
import type { AuditTable } from '@/lib/db/schema';
import { path } from '@/lib/site/routes';
import { auditActions } from '../audit';
import { ANSWER_LIMIT } from '../answer-form';
import type { OutcomeDraft } from '../outcome-form';
import type { Outcome } from '@/lib/feedback/outcomes';
import { can } from '../roles';
import { settableStatuses, type SubmissionDetail } from '../submissions';
import { actForm, button, inboxBar, notice, part, select, styles, textarea } from './html';
import { outcomesPart } from './outcomes';
import type { View } from './view';

export type Contacts = { name: string | null; contact: string | null; consent_at: string; delete_after: string };

const row = (term: string, value: ElementContent | string) =>
  element(
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{value}</dd>
    </div>,
  );

function facts(view: View, s: SubmissionDetail): Element {
  const { t, names, locale } = view;
  const event = s.event
    ? element(<a href={localePath(locale, path('/events/[id]', { id: s.event }))}>{names.event(s.event)}</a>)
    : undefined;
  return element(
    <dl className="mt-6 space-y-1">
      {row(t('received'), view.when(s.created_at))}
      {row(t('status'), names.status(s.status))}
      {s.held_reason ? row(t('heldReason'), heldReason(view, s.held_reason)) : undefined}
      {row(t('kind'), names.kind(s.kind))}
      {row(t('topic'), names.topic(s.topic))}
      {row(t('district'), names.district(s.district))}
      {event ? row(t('event'), event) : undefined}
      {row(t('language'), s.locale === 'kk' || s.locale === 'ru' ? t(`languages.${s.locale}`) : s.locale)}
    </dl>,
  );
}

const heldReason = (view: View, reason: string) =>
  ['honeypot', 'too-fast', 'links', 'repeated'].includes(reason) ? view.t(`heldReasons.${reason as 'links'}`) : reason;

function contactsPart(view: View, s: SubmissionDetail, contacts: Contacts | undefined): Element {
  const { t, session } = view;
  let body: ElementContent;
  if (!s.hasContact) body = element(<p className="mt-2">{t('contactsNone')}</p>);
  else if (contacts)
    body = element(
      <dl className="mt-2 space-y-1">
        {row(t('name'), element(<bdi>{contacts.name ?? '—'}</bdi>))}
        {row(t('contact'), element(<bdi>{contacts.contact ?? '—'}</bdi>))}
        {row(t('consentAt'), view.when(contacts.consent_at))}
        {row(t('deleteAfter'), view.day(contacts.delete_after))}
      </dl>,
    );
  else if (session && can(session.role, 'contacts'))
    body = actForm(view, 'contacts', [button(t('contactsShow'), 'secondary')], {
      reference: s.reference,
      className: 'mt-2',
    });
  else body = element(<p className="mt-2">{t('contactsHidden')}</p>);
  return part('contacts', t('contacts'), `mt-8 ${styles.box}`, [body]);
}

function statusForm(view: View, s: SubmissionDetail): Element {
  const { t, names } = view;
  const choices = settableStatuses.map((x): [string, string] => [x, names.status(x)]);
  return actForm(
    view,
    'status',
    [
      element(
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-60">{select('status', t('statusForm'), choices, s.status)}</div>
          {button(t('save'), 'secondary')}
        </div>,
      ),
    ],
    { reference: s.reference, className: 'mt-8' },
  );
}

export type AnswerDraft = { question_kk: string; question_ru: string; answer_kk: string; answer_ru: string };

function answerForm(view: View, s: SubmissionDetail, draft: AnswerDraft | undefined, problem?: string): Element {
  const { t } = view;
  const value: AnswerDraft = draft ?? {
    question_kk: s.answer?.question.kk ?? (s.locale === 'kk' ? s.body : ''),
    question_ru: s.answer?.question.ru ?? (s.locale === 'ru' ? s.body : ''),
    answer_kk: s.answer?.answer.kk ?? '',
    answer_ru: s.answer?.answer.ru ?? '',
  };
  const limit = { maxLength: ANSWER_LIMIT, required: true };
  return part(
    'answer',
    t('answerTitle'),
    'mt-8',
    contents(
      <>
        <p className="mt-2">{t('answerIntro')}</p>
        {s.answer ? (
          <p className={`mt-2 ${styles.muted}`}>
            {t('answeredBy', { name: s.answer.by, date: view.when(s.answer.at) })}
          </p>
        ) : undefined}
        {problem ? notice(problem, 'alert') : undefined}
        {actForm(
          view,
          'answer',
          [
            element(
              <div className="grid gap-4 md:grid-cols-2">
                {textarea('question_kk', t('questionKk'), value.question_kk, { ...limit, lang: 'kk' })}
                {textarea('question_ru', t('questionRu'), value.question_ru, { ...limit, lang: 'ru' })}
                {textarea('answer_kk', t('answerKk'), value.answer_kk, { ...limit, lang: 'kk', rows: 8 })}
                {textarea('answer_ru', t('answerRu'), value.answer_ru, { ...limit, lang: 'ru', rows: 8 })}
              </div>,
            ),
            element(<p className="mt-4">{button(t('saveAnswer'))}</p>),
          ],
          { reference: s.reference, className: 'mt-4' },
        )}
      </>,
    ),
  );
}

function publishPart(view: View, s: SubmissionDetail, canPublish: boolean): Element | undefined {
  const { t } = view;
  if (!s.answer) return undefined;
  return part(
    'publish',
    t('publishTitle'),
    `mt-8 ${styles.box}`,
    contents(
      <>
        <p className="mt-2">{t('publishIntro')}</p>
        {s.published_at ? (
          <p className="mt-2">
            {t('publishedAt', { date: view.when(s.published_at) })}
            {s.publication_url ? (
              <>
                {' '}
                <a href={s.publication_url}>{t('publication')}</a>
              </>
            ) : undefined}
          </p>
        ) : undefined}
        {canPublish ? (
          // Once sent, sending again is for a corrected answer: it names the same file (docs/inbox.md).
          actForm(view, 'publish', [button(s.published_at ? t('publishAgain') : t('publish'))], {
            reference: s.reference,
            className: 'mt-4',
          })
        ) : (
          <p className="mt-2 font-semibold">{t('publishNotSetUp')}</p>
        )}
      </>,
    ),
  );
}

function deletePart(view: View, s: SubmissionDetail): Element {
  const { t } = view;
  return part(
    'delete',
    t('deleteTitle'),
    'mt-12 border-t border-line pt-8',
    contents(
      <>
        <p className="mt-2">{t('deleteIntro')}</p>
        {actForm(
          view,
          'delete',
          [
            element(
              <label className="flex min-h-11 items-center gap-3">
                <input type="checkbox" name="confirm" value="yes" required className="size-5" />
                {t('deleteConfirm')}
              </label>,
            ),
            element(<p className="mt-2">{button(t('delete'), 'danger')}</p>),
          ],
          { reference: s.reference, className: 'mt-4' },
        )}
      </>,
    ),
  );
}

/** What a row's detail says, in words: a status, a step, the filter of an export (never its search words). */
function detailWords(view: View, action: string, detail: string): string {
  const { t, names } = view;
  if (action === 'status') return names.status(detail);
  if (action.startsWith('outcome')) return names.outcome(detail);
  if (!action.startsWith('export')) return detail;
  const value: Record<string, (v: string) => string> = {
    status: names.status,
    district: names.district,
    topic: names.topic,
    kind: names.kind,
    event: names.event,
    from: view.day,
    to: view.day,
    q: () => t('searchWordsNotKept'),
  };
  return [...new URLSearchParams(detail)]
    .filter(([name]) => name in value)
    .map(([name, v]) => `${t(name as 'status')}: ${value[name]!(v)}`)
    .join('; ');
}

export function historyList(view: View, entries: AuditTable[], { withReference = false } = {}): Element {
  const { t } = view;
  const words = (action: string) =>
    (auditActions as readonly string[]).includes(action) ? t(`actions.${action as 'answer'}`) : action;
  const reference = (e: AuditTable) =>
    e.reference && !e.action.startsWith('delete') ? (
      <a href={localePath(view.locale, path('/inbox/[reference]', { reference: e.reference }))}>{e.reference}</a>
    ) : (
      (e.reference ?? '')
    );
  // Scrolls sideways on a narrow phone rather than push the page wider.
  return element(
    <div className="overflow-x-auto">
      <table className="mt-4 w-full border-collapse text-start text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="py-2 pe-4 text-start">
              {t('when')}
            </th>
            <th scope="col" className="py-2 pe-4 text-start">
              {t('who')}
            </th>
            <th scope="col" className="py-2 pe-4 text-start">
              {t('what')}
            </th>
            {withReference ? (
              <th scope="col" className="py-2 text-start">
                {t('reference')}
              </th>
            ) : undefined}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr className="border-b border-line align-top">
              <td className="py-2 pe-4">{view.when(e.at)}</td>
              <td className="py-2 pe-4 break-words">
                {e.role === 'resident' ? t('resident') : e.actor}
                {e.account ? (
                  <span className="block text-muted">{t('account', { account: e.account })}</span>
                ) : undefined}
              </td>
              <td className="py-2 pe-4 break-words">
                {words(e.action)}
                {e.detail ? ` (${detailWords(view, e.action, e.detail)})` : undefined}
              </td>
              {withReference ? <td className="py-2 font-mono">{reference(e)}</td> : undefined}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
  );
}

export function detailView(
  view: View,
  {
    submission: s,
    contacts,
    history,
    message,
    draft,
    answerProblem,
    canPublish,
    outcomes,
    recipients,
    today,
    outcomeDraft,
    outcomeProblem,
  }: {
    submission: SubmissionDetail;
    contacts?: Contacts;
    history: AuditTable[];
    message?: { text: string; kind: 'status' | 'alert' };
    draft?: AnswerDraft;
    answerProblem?: string;
    canPublish: boolean;
    outcomes: Outcome[];
    recipients: { id: string; name: string }[];
    today: string;
    outcomeDraft?: OutcomeDraft;
    outcomeProblem?: string;
  },
): Element[] {
  const { t, session } = view;
  const role = session?.role ?? 'reader';
  return contents(
    <>
      {inboxBar(view)}
      <p className="mt-6">
        <a href={localePath(view.locale, path('/inbox'))}>{t('back')}</a>
      </p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">{t('submissionTitle', { reference: s.reference })}</h1>
      {message ? notice(message.text, message.kind) : undefined}
      {facts(view, s)}
      {/* A resident's text in its own direction: a right-to-left mark in it turns nothing around it. */}
      {part('text', t('text'), 'mt-8', [
        element(
          <p className="mt-2 whitespace-pre-line break-words rounded border border-line p-4" lang={s.locale} dir="auto">
            {s.body}
          </p>,
        ),
      ])}
      {contactsPart(view, s, contacts)}
      {can(role, 'answer') ? (
        <>
          {statusForm(view, s)}
          {answerForm(view, s, draft, answerProblem)}
          {publishPart(view, s, canPublish)}
          {outcomesPart(view, {
            reference: s.reference,
            outcomes,
            recipients,
            today,
            ...(outcomeDraft ? { draft: outcomeDraft } : {}),
            ...(outcomeProblem ? { problem: outcomeProblem } : {}),
          })}
        </>
      ) : undefined}
      {can(role, 'delete') ? deletePart(view, s) : undefined}
      {part('history', t('history'), 'mt-12', [
        history.length === 0 ? element(<p className="mt-2">{t('historyNone')}</p>) : historyList(view, history),
      ])}
    </>,
  ) as Element[];
}
