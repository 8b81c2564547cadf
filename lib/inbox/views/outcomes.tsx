/** @jsxImportSource hastscript */
import type { Element } from 'hast';
import { localePath } from '@/i18n/routing';
import { outcomeKinds } from '@/lib/db/schema';
import { instantOf } from '@/lib/format/dates';
import type { Outcome } from '@/lib/feedback/outcomes';
import { contents, element } from '@/lib/markup';
import { path } from '@/lib/site/routes';
import { NOTE_LIMIT, type OutcomeDraft } from '../outcome-form';
import { actForm, button, dayInput, input, notice, part, select, styles, textarea } from './html';
import type { View } from './view';

/*
 * What the coalition did with a message, in the inbox: the steps recorded so far (each can be taken
 * back) and the form that records the next. The resident sees the same steps (lib/feedback/lookup.ts).
 */

/** One step in a line of words: "Passed on: <recipient>", with its note below. */
function step(view: View, reference: string, o: Outcome): Element {
  const { t, names, locale } = view;
  const what =
    o.kind === 'passed-on' && o.recipient
      ? `${names.outcome('passed-on')}: ${names.recipient(o.recipient)}`
      : names.outcome(o.kind);
  return element(
    <li className="border-b border-line py-3">
      <p>
        <span className="font-semibold">{view.day(instantOf(o.day)!)}</span> · {what}
        {o.sameAs ? (
          <>
            {' '}
            <a href={localePath(locale, path('/inbox/[reference]', { reference: o.sameAs }))} className="font-mono">
              {o.sameAs}
            </a>
          </>
        ) : undefined}
      </p>
      {o.note ? (
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          <p lang="kk">{o.note.kk}</p>
          <p lang="ru">{o.note.ru}</p>
        </div>
      ) : undefined}
      <p className={`mt-1 ${styles.muted}`}>
        {t('outcomeRecordedBy', { name: o.recordedBy, date: view.when(o.recordedAt) })}
      </p>
      {actForm(
        view,
        'outcome-remove',
        [element(<input type="hidden" name="outcome" value={o.id} />), button(t('outcomeRemove'), 'secondary')],
        { reference, className: 'mt-2' },
      )}
    </li>,
  );
}

export function outcomesPart(
  view: View,
  {
    reference,
    outcomes,
    recipients,
    today,
    draft,
    problem,
  }: {
    reference: string;
    outcomes: Outcome[];
    recipients: { id: string; name: string }[];
    today: string;
    draft?: OutcomeDraft;
    problem?: string;
  },
): Element {
  const { t, names } = view;
  const value: OutcomeDraft = draft ?? { kind: '', day: today, recipient: '', same_as: '', note_kk: '', note_ru: '' };
  const kinds = outcomeKinds.map((k): [string, string] => [k, names.outcome(k)]);
  const toWhom = recipients.map((r): [string, string] => [r.id, r.name]);
  return part(
    'outcomes',
    t('outcomesTitle'),
    'mt-8',
    contents(
      <>
        <p className="mt-2">{t('outcomesIntro')}</p>
        {outcomes.length === 0 ? (
          <p className="mt-2">{t('outcomesNone')}</p>
        ) : (
          <ol className="mt-2">{outcomes.map((o) => step(view, reference, o))}</ol>
        )}
        {problem ? notice(problem, 'alert') : undefined}
        {actForm(
          view,
          'outcome',
          [
            element(
              <div className="grid gap-4 md:grid-cols-2">
                {select('kind', t('outcomeKind'), [['', t('choose')], ...kinds], value.kind)}
                {dayInput(view, 'day', t('outcomeDay'), value.day, { required: true })}
                {select(
                  'recipient',
                  t('outcomeRecipient'),
                  toWhom.length === 0 ? [['', t('recipientsNone')]] : [['', t('choose')], ...toWhom],
                  value.recipient,
                )}
                {input('same_as', t('outcomeSameAs'), value.same_as, { autoComplete: 'off', spellCheck: false })}
                {textarea('note_kk', t('outcomeNoteKk'), value.note_kk, { maxLength: NOTE_LIMIT, lang: 'kk', rows: 3 })}
                {textarea('note_ru', t('outcomeNoteRu'), value.note_ru, { maxLength: NOTE_LIMIT, lang: 'ru', rows: 3 })}
              </div>,
            ),
            element(<p className="mt-4">{button(t('outcomeSave'))}</p>),
          ],
          { reference, className: 'mt-4' },
        )}
      </>,
    ),
  );
}
