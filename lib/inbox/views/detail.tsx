import type { ReactNode } from 'react';
import { localePath } from '@/i18n/routing';
import type { AuditTable } from '@/lib/db/schema';
import type { Outcome } from '@/lib/feedback/outcomes';
import { path } from '@/lib/site/routes';
import { ANSWER_LIMIT } from '../answer-form';
import { auditActions } from '../audit';
import { can } from '../roles';
import { settableStatuses, type SubmissionDetail } from '../submissions';
import { Select, ShownContacts, TextArea } from './form';
import { Notice } from './notice';
import { OutcomesPart } from './outcomes';
import { Act, InboxBar, Part, styles, Submit } from './parts';
import type { View } from './view';

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{children}</dd>
    </div>
  );
}

const heldReason = (view: View, reason: string) =>
  ['honeypot', 'too-fast', 'links', 'repeated'].includes(reason) ? view.t(`heldReasons.${reason as 'links'}`) : reason;

function Facts({ view, submission: s }: { view: View; submission: SubmissionDetail }) {
  const { t, names, locale } = view;
  return (
    <dl className="mt-6 space-y-1">
      <Row term={t('received')}>{view.when(s.created_at)}</Row>
      <Row term={t('status')}>{names.status(s.status)}</Row>
      {s.held_reason ? <Row term={t('heldReason')}>{heldReason(view, s.held_reason)}</Row> : null}
      <Row term={t('kind')}>{names.kind(s.kind)}</Row>
      <Row term={t('topic')}>{names.topic(s.topic)}</Row>
      <Row term={t('district')}>{names.district(s.district)}</Row>
      {s.event ? (
        <Row term={t('event')}>
          <a href={localePath(locale, path('/events/[id]', { id: s.event }))}>{names.event(s.event)}</a>
        </Row>
      ) : null}
      <Row term={t('language')}>{s.locale === 'kk' || s.locale === 'ru' ? t(`languages.${s.locale}`) : s.locale}</Row>
    </dl>
  );
}

/** Who sent it: asked for by an administrator (each time in the audit log), never shown unasked. */
function ContactsPart({ view, submission: s }: { view: View; submission: SubmissionDetail }) {
  const { t, session } = view;
  let body: ReactNode;
  if (!s.hasContact) body = <p className="mt-2">{t('contactsNone')}</p>;
  else if (session && can(session.role, 'contacts'))
    body = (
      <Act view={view} intent="contacts" reference={s.reference} className="mt-2">
        <ShownContacts
          words={{ name: t('name'), contact: t('contact'), consentAt: t('consentAt'), deleteAfter: t('deleteAfter') }}
        />
        <p className="mt-2">
          <Submit style="secondary">{t('contactsShow')}</Submit>
        </p>
      </Act>
    );
  else body = <p className="mt-2">{t('contactsHidden')}</p>;
  return (
    <Part id="contacts" title={t('contacts')} className={`mt-8 ${styles.box}`}>
      {body}
    </Part>
  );
}

function StatusForm({ view, submission: s }: { view: View; submission: SubmissionDetail }) {
  const { t, names } = view;
  // Answered and published are set by answering and publishing: shown as they are (an empty value,
  // which changes nothing), never as the first status offered, which one press of Save would set.
  const settable = (settableStatuses as readonly string[]).includes(s.status);
  const choices = [
    ...(settable ? [] : [['', names.status(s.status)] as [string, string]]),
    ...settableStatuses.map((x): [string, string] => [x, names.status(x)]),
  ];
  return (
    <Act view={view} intent="status" reference={s.reference} className="mt-8">
      <div className="flex flex-wrap items-end gap-4">
        <div className="min-w-60">
          <Select id="status" label={t('statusForm')} options={choices} selected={settable ? s.status : ''} />
        </div>
        <Submit style="secondary">{t('save')}</Submit>
      </div>
    </Act>
  );
}

function AnswerForm({ view, submission: s }: { view: View; submission: SubmissionDetail }) {
  const { t } = view;
  const value = {
    question_kk: s.answer?.question.kk ?? (s.locale === 'kk' ? s.body : ''),
    question_ru: s.answer?.question.ru ?? (s.locale === 'ru' ? s.body : ''),
    answer_kk: s.answer?.answer.kk ?? '',
    answer_ru: s.answer?.answer.ru ?? '',
  };
  const limit = { maxLength: ANSWER_LIMIT, required: true };
  return (
    <Part id="answer" title={t('answerTitle')} className="mt-8">
      <p className="mt-2">{t('answerIntro')}</p>
      {s.answer ? (
        <p className={`mt-2 ${styles.muted}`}>{t('answeredBy', { name: s.answer.by, date: view.when(s.answer.at) })}</p>
      ) : null}
      <Act view={view} intent="answer" reference={s.reference} className="mt-4">
        <div className="grid gap-4 md:grid-cols-2">
          <TextArea
            id="question_kk"
            label={t('questionKk')}
            value={value.question_kk}
            attributes={{ ...limit, lang: 'kk' }}
          />
          <TextArea
            id="question_ru"
            label={t('questionRu')}
            value={value.question_ru}
            attributes={{ ...limit, lang: 'ru' }}
          />
          <TextArea
            id="answer_kk"
            label={t('answerKk')}
            value={value.answer_kk}
            attributes={{ ...limit, lang: 'kk', rows: 8 }}
          />
          <TextArea
            id="answer_ru"
            label={t('answerRu')}
            value={value.answer_ru}
            attributes={{ ...limit, lang: 'ru', rows: 8 }}
          />
        </div>
        <p className="mt-4">
          <Submit>{t('saveAnswer')}</Submit>
        </p>
      </Act>
    </Part>
  );
}

function PublishPart({
  view,
  submission: s,
  canPublish,
}: {
  view: View;
  submission: SubmissionDetail;
  canPublish: boolean;
}) {
  const { t } = view;
  if (!s.answer) return null;
  return (
    <Part id="publish" title={t('publishTitle')} className={`mt-8 ${styles.box}`}>
      <p className="mt-2">{t('publishIntro')}</p>
      {s.published_at ? (
        <p className="mt-2">
          {t('publishedAt', { date: view.when(s.published_at) })}
          {s.publication_url ? (
            <>
              {' '}
              <a href={s.publication_url}>{t('publication')}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {canPublish ? (
        // Once sent, sending again is for a corrected answer: it names the same file (docs/inbox.md).
        <Act view={view} intent="publish" reference={s.reference} className="mt-4">
          <Submit>{s.published_at ? t('publishAgain') : t('publish')}</Submit>
        </Act>
      ) : (
        <p className="mt-2 font-semibold">{t('publishNotSetUp')}</p>
      )}
    </Part>
  );
}

function DeletePart({ view, submission: s }: { view: View; submission: SubmissionDetail }) {
  const { t } = view;
  return (
    <Part id="delete" title={t('deleteTitle')} className="mt-12 border-t border-line pt-8">
      <p className="mt-2">{t('deleteIntro')}</p>
      <Act view={view} intent="delete" reference={s.reference} className="mt-4">
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="confirm" value="yes" required className="size-5" />
          {t('deleteConfirm')}
        </label>
        <p className="mt-2">
          <Submit style="danger">{t('delete')}</Submit>
        </p>
      </Act>
    </Part>
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

/** The audit log's rows: a message's history on its page, the whole log for administrators. */
export function HistoryTable({
  view,
  entries,
  withReference = false,
}: {
  view: View;
  entries: AuditTable[];
  withReference?: boolean;
}) {
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
  return (
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
            ) : null}
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-line align-top">
              <td className="py-2 pe-4">{view.when(e.at)}</td>
              <td className="py-2 pe-4 break-words">
                {e.role === 'resident' ? t('resident') : e.actor}
                {e.account ? <span className="block text-muted">{t('account', { account: e.account })}</span> : null}
              </td>
              <td className="py-2 pe-4 break-words">
                {words(e.action)}
                {e.detail ? ` (${detailWords(view, e.action, e.detail)})` : null}
              </td>
              {withReference ? <td className="py-2 font-mono">{reference(e)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type DetailOptions = {
  submission: SubmissionDetail;
  history: AuditTable[];
  message?: string;
  canPublish: boolean;
  outcomes: Outcome[];
  recipients: { id: string; name: string }[];
  today: string;
};

export function DetailView({
  view,
  submission: s,
  history,
  message,
  canPublish,
  outcomes,
  recipients,
  today,
}: DetailOptions & { view: View }) {
  const { t, session } = view;
  const role = session?.role ?? 'reader';
  return (
    <>
      <InboxBar view={view} />
      <p className="mt-6">
        <a href={localePath(view.locale, path('/inbox'))}>{t('back')}</a>
      </p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">{t('submissionTitle', { reference: s.reference })}</h1>
      {message ? <Notice>{message}</Notice> : null}
      <Facts view={view} submission={s} />
      {/* A resident's text in its own direction: a right-to-left mark in it turns nothing around it. */}
      <Part id="text" title={t('text')} className="mt-8">
        {s.body ? (
          <p className="mt-2 whitespace-pre-line break-words rounded border border-line p-4" lang={s.locale} dir="auto">
            {s.body}
          </p>
        ) : (
          <p className="mt-2">{t('textExpired')}</p>
        )}
      </Part>
      <ContactsPart view={view} submission={s} />
      {can(role, 'answer') ? (
        <>
          <StatusForm view={view} submission={s} />
          <AnswerForm view={view} submission={s} />
          <PublishPart view={view} submission={s} canPublish={canPublish} />
          <OutcomesPart view={view} reference={s.reference} outcomes={outcomes} recipients={recipients} today={today} />
        </>
      ) : null}
      {can(role, 'delete') ? <DeletePart view={view} submission={s} /> : null}
      <Part id="history" title={t('history')} className="mt-12">
        {history.length === 0 ? (
          <p className="mt-2">{t('historyNone')}</p>
        ) : (
          <HistoryTable view={view} entries={history} />
        )}
      </Part>
    </>
  );
}
