import { localePath } from '@/i18n/routing';
import { outcomeKinds } from '@/lib/db/schema';
import type { Outcome } from '@/lib/feedback/outcomes';
import { instantOf } from '@/lib/format/dates';
import { path } from '@/lib/site/routes';
import { NOTE_LIMIT } from '../outcome-form';
import { Input, Select, TextArea } from './form';
import { Act, DayInput, Part, styles, Submit } from './parts';
import type { View } from './view';

/*
 * What the coalition did with a message, in the inbox: the steps recorded so far (each can be taken
 * back) and the form that records the next. The resident sees the same steps (lib/feedback/lookup.ts).
 */

/** One step in a line of words: "Passed on: <recipient>", with its note below. */
function Step({ view, reference, outcome: o }: { view: View; reference: string; outcome: Outcome }) {
  const { t, names, locale } = view;
  const what =
    o.kind === 'passed-on' && o.recipient
      ? `${names.outcome('passed-on')}: ${names.recipient(o.recipient)}`
      : names.outcome(o.kind);
  return (
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
        ) : null}
      </p>
      {o.note ? (
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          <p lang="kk">{o.note.kk}</p>
          <p lang="ru">{o.note.ru}</p>
        </div>
      ) : null}
      <p className={`mt-1 ${styles.muted}`}>
        {t('outcomeRecordedBy', { name: o.recordedBy, date: view.when(o.recordedAt) })}
      </p>
      <Act view={view} intent="outcome-remove" reference={reference} className="mt-2">
        <input type="hidden" name="outcome" value={o.id} />
        <Submit style="secondary">{t('outcomeRemove')}</Submit>
      </Act>
    </li>
  );
}

export function OutcomesPart({
  view,
  reference,
  outcomes,
  recipients,
  today,
}: {
  view: View;
  reference: string;
  outcomes: Outcome[];
  recipients: { id: string; name: string }[];
  today: string;
}) {
  const { t, names } = view;
  const kinds = outcomeKinds.map((k): [string, string] => [k, names.outcome(k)]);
  const toWhom = recipients.map((r): [string, string] => [r.id, r.name]);
  const choose: [string, string] = ['', t('choose')];
  return (
    <Part id="outcomes" title={t('outcomesTitle')} className="mt-8">
      <p className="mt-2">{t('outcomesIntro')}</p>
      {outcomes.length === 0 ? (
        <p className="mt-2">{t('outcomesNone')}</p>
      ) : (
        <ol className="mt-2">
          {outcomes.map((o) => (
            <Step key={o.id} view={view} reference={reference} outcome={o} />
          ))}
        </ol>
      )}
      <Act view={view} intent="outcome" reference={reference} className="mt-4">
        <div className="grid gap-4 md:grid-cols-2">
          <Select id="kind" label={t('outcomeKind')} options={[choose, ...kinds]} selected="" />
          <DayInput view={view} id="day" label={t('outcomeDay')} value={today} attributes={{ required: true }} />
          <Select
            id="recipient"
            label={t('outcomeRecipient')}
            options={toWhom.length === 0 ? [['', t('recipientsNone')]] : [choose, ...toWhom]}
            selected=""
          />
          <Input
            id="same_as"
            label={t('outcomeSameAs')}
            value=""
            attributes={{ autoComplete: 'off', spellCheck: false }}
          />
          <TextArea
            id="note_kk"
            label={t('outcomeNoteKk')}
            value=""
            attributes={{ maxLength: NOTE_LIMIT, lang: 'kk', rows: 3 }}
          />
          <TextArea
            id="note_ru"
            label={t('outcomeNoteRu')}
            value=""
            attributes={{ maxLength: NOTE_LIMIT, lang: 'ru', rows: 3 }}
          />
        </div>
        <p className="mt-4">
          <Submit>{t('outcomeSave')}</Submit>
        </p>
      </Act>
    </Part>
  );
}
