import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { localePath } from '@/i18n/routing';
import type { AuditTable } from '@/lib/db/schema';
import { path } from '@/lib/site/routes';
import { auditActions } from '../audit';
import { ANSWER_LIMIT } from '../answer-form';
import { can } from '../roles';
import { settableStatuses, type SubmissionDetail } from '../submissions';
import { actForm, button, inboxBar, notice, select, styles, textarea } from './html';
import type { View } from './words';

export type Contacts = { name: string | null; contact: string | null; consent_at: string; delete_after: string };

const row = (term: string, value: ElementContent | string) =>
  h('div', { className: 'flex flex-wrap gap-x-2' }, [
    h('dt', { className: 'font-semibold' }, `${term}:`),
    h('dd', [value]),
  ]);

function facts(view: View, s: SubmissionDetail): Element {
  const { t, names, locale } = view;
  const event = s.event
    ? h('a', { href: localePath(locale, path('/events/[id]', { id: s.event })) }, names.event(s.event))
    : undefined;
  return h('dl', { className: 'mt-6 space-y-1' }, [
    row(t('received'), view.when(s.created_at)),
    row(t('status'), t(`statuses.${s.status}`)),
    ...(s.held_reason ? [row(t('heldReason'), heldReason(view, s.held_reason))] : []),
    row(t('kind'), names.kind(s.kind)),
    row(t('topic'), names.topic(s.topic)),
    row(t('district'), names.district(s.district)),
    ...(event ? [row(t('event'), event)] : []),
    row(t('language'), s.locale === 'kk' || s.locale === 'ru' ? t(`languages.${s.locale}`) : s.locale),
  ]);
}

const heldReason = (view: View, reason: string) =>
  ['honeypot', 'too-fast', 'links', 'repeated'].includes(reason) ? view.t(`heldReasons.${reason as 'links'}`) : reason;

function contactsPart(view: View, s: SubmissionDetail, contacts: Contacts | undefined): Element {
  const { t, session } = view;
  const body: ElementContent[] = [];
  if (!s.hasContact) body.push(h('p', { className: 'mt-2' }, t('contactsNone')));
  else if (contacts)
    body.push(
      h('dl', { className: 'mt-2 space-y-1' }, [
        row(t('name'), contacts.name ?? '—'),
        row(t('contact'), contacts.contact ?? '—'),
        row(t('consentAt'), view.when(contacts.consent_at)),
        row(t('deleteAfter'), view.day(contacts.delete_after)),
      ]),
    );
  else if (session && can(session.role, 'contacts'))
    body.push(
      actForm(view, 'contacts', [button(t('contactsShow'), 'secondary')], {
        reference: s.reference,
        className: 'mt-2',
      }),
    );
  else body.push(h('p', { className: 'mt-2' }, t('contactsHidden')));
  return h('section', { className: `mt-8 ${styles.box}`, ariaLabelledby: 'contacts-title' }, [
    h('h2', { id: 'contacts-title', className: 'text-xl font-bold' }, t('contacts')),
    ...body,
  ]);
}

function statusForm(view: View, s: SubmissionDetail): Element {
  const { t } = view;
  const choices = settableStatuses.map((x): [string, string] => [x, t(`statuses.${x}`)]);
  return actForm(
    view,
    'status',
    [
      h('div', { className: 'flex flex-wrap items-end gap-4' }, [
        h('div', { className: 'min-w-60' }, [select('status', t('statusForm'), choices, s.status)]),
        button(t('save'), 'secondary'),
      ]),
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
  return h('section', { className: 'mt-8', ariaLabelledby: 'answer-title' }, [
    h('h2', { id: 'answer-title', className: 'text-xl font-bold' }, t('answerTitle')),
    h('p', { className: 'mt-2' }, t('answerIntro')),
    ...(s.answer
      ? [
          h(
            'p',
            { className: `mt-2 ${styles.muted}` },
            t('answeredBy', { name: s.answer.by, date: view.when(s.answer.at) }),
          ),
        ]
      : []),
    ...(problem ? [notice(problem, 'alert')] : []),
    actForm(
      view,
      'answer',
      [
        h('div', { className: 'grid gap-4 md:grid-cols-2' }, [
          textarea('question_kk', t('questionKk'), value.question_kk, { ...limit, lang: 'kk' }),
          textarea('question_ru', t('questionRu'), value.question_ru, { ...limit, lang: 'ru' }),
          textarea('answer_kk', t('answerKk'), value.answer_kk, { ...limit, lang: 'kk', rows: 8 }),
          textarea('answer_ru', t('answerRu'), value.answer_ru, { ...limit, lang: 'ru', rows: 8 }),
        ]),
        h('p', { className: 'mt-4' }, [button(t('saveAnswer'))]),
      ],
      { reference: s.reference, className: 'mt-4' },
    ),
  ]);
}

function publishPart(view: View, s: SubmissionDetail, canPublish: boolean): Element | undefined {
  const { t } = view;
  if (!s.answer) return undefined;
  const done = s.published_at
    ? [
        h('p', { className: 'mt-2' }, [
          t('publishedAt', { date: view.when(s.published_at) }),
          ...(s.publication_url ? [' ', h('a', { href: s.publication_url }, t('publication'))] : []),
        ]),
      ]
    : [];
  return h('section', { className: `mt-8 ${styles.box}`, ariaLabelledby: 'publish-title' }, [
    h('h2', { id: 'publish-title', className: 'text-xl font-bold' }, t('publishTitle')),
    h('p', { className: 'mt-2' }, t('publishIntro')),
    ...done,
    canPublish
      ? actForm(view, 'publish', [button(t('publish'))], { reference: s.reference, className: 'mt-4' })
      : h('p', { className: 'mt-2 font-semibold' }, t('publishNotSetUp')),
  ]);
}

function deletePart(view: View, s: SubmissionDetail): Element {
  const { t } = view;
  return h('section', { className: 'mt-12 border-t border-line pt-8', ariaLabelledby: 'delete-title' }, [
    h('h2', { id: 'delete-title', className: 'text-xl font-bold' }, t('deleteTitle')),
    h('p', { className: 'mt-2' }, t('deleteIntro')),
    actForm(
      view,
      'delete',
      [
        h('label', { className: 'flex min-h-11 items-center gap-3' }, [
          h('input', { type: 'checkbox', name: 'confirm', value: 'yes', required: true, className: 'size-5' }),
          t('deleteConfirm'),
        ]),
        h('p', { className: 'mt-2' }, [button(t('delete'), 'danger')]),
      ],
      { reference: s.reference, className: 'mt-4' },
    ),
  ]);
}

export function historyList(view: View, entries: AuditTable[], { withReference = false } = {}): Element {
  const { t } = view;
  const words = (action: string) =>
    (auditActions as readonly string[]).includes(action) ? t(`actions.${action as 'answer'}`) : action;
  // Scrolls sideways on a narrow phone rather than push the page wider.
  const table = h('table', { className: 'mt-4 w-full border-collapse text-start text-sm' }, [
    h('thead', [
      h('tr', { className: 'border-b border-line' }, [
        h('th', { scope: 'col', className: 'py-2 pe-4 text-start' }, t('when')),
        h('th', { scope: 'col', className: 'py-2 pe-4 text-start' }, t('who')),
        h('th', { scope: 'col', className: 'py-2 pe-4 text-start' }, t('what')),
        ...(withReference ? [h('th', { scope: 'col', className: 'py-2 text-start' }, t('reference'))] : []),
      ]),
    ]),
    h(
      'tbody',
      entries.map((e) =>
        h('tr', { className: 'border-b border-line align-top' }, [
          h('td', { className: 'py-2 pe-4' }, view.when(e.at)),
          h('td', { className: 'py-2 pe-4 break-words' }, e.role === 'resident' ? t('resident') : e.actor),
          h('td', { className: 'py-2 pe-4' }, [words(e.action), ...(e.detail ? [` (${e.detail})`] : [])]),
          ...(withReference
            ? [
                h(
                  'td',
                  { className: 'py-2 font-mono' },
                  e.reference && !e.action.startsWith('delete')
                    ? h(
                        'a',
                        { href: localePath(view.locale, path('/inbox/[reference]', { reference: e.reference })) },
                        e.reference,
                      )
                    : (e.reference ?? ''),
                ),
              ]
            : []),
        ]),
      ),
    ),
  ]);
  return h('div', { className: 'overflow-x-auto' }, [table]);
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
  }: {
    submission: SubmissionDetail;
    contacts?: Contacts;
    history: AuditTable[];
    message?: { text: string; kind: 'status' | 'alert' };
    draft?: AnswerDraft;
    answerProblem?: string;
    canPublish: boolean;
  },
): Element[] {
  const { t, session } = view;
  const role = session?.role ?? 'reader';
  return [
    inboxBar(view),
    h('p', { className: 'mt-6' }, h('a', { href: localePath(view.locale, path('/inbox')) }, t('back'))),
    h('h1', { className: 'mt-4 text-3xl font-bold leading-tight' }, t('submissionTitle', { reference: s.reference })),
    ...(message ? [notice(message.text, message.kind)] : []),
    facts(view, s),
    h('section', { className: 'mt-8', ariaLabelledby: 'text-title' }, [
      h('h2', { id: 'text-title', className: 'text-xl font-bold' }, t('text')),
      h(
        'p',
        { className: 'mt-2 whitespace-pre-line break-words rounded border border-line p-4', lang: s.locale },
        s.body,
      ),
    ]),
    contactsPart(view, s, contacts),
    ...(can(role, 'answer')
      ? [statusForm(view, s), answerForm(view, s, draft, answerProblem), publishPart(view, s, canPublish)].filter(
          (e): e is Element => Boolean(e),
        )
      : []),
    ...(can(role, 'delete') ? [deletePart(view, s)] : []),
    h('section', { className: 'mt-12', ariaLabelledby: 'history-title' }, [
      h('h2', { id: 'history-title', className: 'text-xl font-bold' }, t('history')),
      history.length === 0 ? h('p', { className: 'mt-2' }, t('historyNone')) : historyList(view, history),
    ]),
  ];
}
