/** @jsxImportSource hastscript */
import type { Element, ElementContent } from 'hast';
import { type Locale, localePath } from '@/i18n/routing';
import { formStyles } from '@/components/form/styles';
import { formatLongDate, instantOf, isoDateInZone } from '@/lib/format/dates';
import { element } from '@/lib/markup';
import { path } from '@/lib/site/routes';
import type { Looked, Step } from './lookup';

/*
 * What a resident who entered their reference is shown (app/[locale]/feedback/look), in the `result`
 * slot of the prerendered /feedback/status: what the message was, where it stands in plain words, the
 * answer, and a dated timeline of what was done with it. Nothing of who in the press office did it.
 */

type Words = {
  t: (key: string, values?: Record<string, string>) => string;
  locale: Locale;
  names: {
    kind: (id: string) => string;
    topic: (id: string) => string;
    district: (id: string) => string;
    event: (id: string) => string | undefined;
    recipient: (id: string) => string;
  };
  /** The published question's page, when the site has it already (its pull request merged). */
  questionOnSite: (id: string) => boolean;
};

const dayOf = (day: string, locale: Locale) => formatLongDate(instantOf(day)!, locale);

function stepText({ t, names }: Words, step: Omit<Step, 'theirs'>): string {
  if (step.kind === 'passed-on')
    return t('timeline.passed-on', { recipient: step.recipient ? names.recipient(step.recipient) : '—' });
  return t(`timeline.${step.kind}`);
}

function noteOf({ t, locale }: Words, step: Omit<Step, 'theirs'>): ElementContent | undefined {
  if (!step.note) return undefined;
  const note = step.note[locale];
  return element(<p className="mt-1">{step.kind === 'not-supported' ? t('reason', { note }) : note}</p>);
}

type Entry = { day: string; body: ElementContent[] };

function entries(words: Words, looked: Extract<Looked, { found: true }>): Entry[] {
  const { t, locale } = words;
  const list: Entry[] = [{ day: isoDateInZone(looked.createdAt), body: [element(<p>{t('timeline.received')}</p>)] }];
  if (looked.answer)
    list.push({ day: isoDateInZone(looked.answer.at), body: [element(<p>{t('timeline.answered')}</p>)] });
  if (looked.published) {
    const href = localePath(locale, path('/questions/[id]', { id: looked.published.id }));
    list.push({
      day: isoDateInZone(looked.published.at),
      body: [
        element(
          <p>
            {t('timeline.published')}
            {words.questionOnSite(looked.published.id) ? (
              <>
                {': '}
                <a href={href}>{t('publishedLink')}</a>
              </>
            ) : undefined}
          </p>,
        ),
      ],
    });
  }
  for (const step of looked.steps) {
    const body: ElementContent[] = [element(<p>{stepText(words, step)}</p>)];
    const note = noteOf(words, step);
    if (note) body.push(note);
    if (step.theirs)
      body.push(
        step.theirs.length === 0
          ? element(<p className="mt-1">{t('timeline.theirsNone')}</p>)
          : element(
              <ul className="mt-1 list-disc ps-6">
                {step.theirs.map((theirs) => (
                  <li>
                    {dayOf(theirs.day, locale)}: {stepText(words, theirs)}
                    {noteOf(words, theirs)}
                  </li>
                ))}
              </ul>,
            ),
      );
    list.push({ day: step.day, body });
  }
  // In the order things happened; on one day, in the order above (received first).
  return list
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.day.localeCompare(b.e.day) || a.i - b.i)
    .map(({ e }) => e);
}

const row = (term: string, value: ElementContent | string) =>
  element(
    <div className="flex flex-wrap gap-x-2">
      <dt className="font-semibold">{term}:</dt>
      <dd>{value}</dd>
    </div>,
  );

/** The `result` slot as one lookup has it. */
export function statusResult(words: Words, looked: Looked): Element {
  const { t, names, locale } = words;
  if (!looked.found)
    return element(
      <section className="mt-8 rounded border-4 border-brand p-6" role="status">
        <p>{t('deleted', { date: formatLongDate(looked.deletedAt, locale) })}</p>
      </section>,
    );
  const event = looked.event ? names.event(looked.event) : undefined;
  return element(
    <section className="mt-8 rounded border-4 border-brand p-6" aria-labelledby="result-title">
      <h2 id="result-title" className="text-2xl font-bold" tabIndex={-1}>
        {t('resultTitle')}
      </h2>
      <dl className="mt-4 space-y-1">
        {row(t('resultReceived'), formatLongDate(looked.createdAt, locale))}
        {row(t('resultKind'), names.kind(looked.kind))}
        {row(t('topic'), names.topic(looked.topic))}
        {row(t('district'), names.district(looked.district))}
        {event && looked.event
          ? row(
              t('eventTitle'),
              element(<a href={localePath(locale, path('/events/[id]', { id: looked.event }))}>{event}</a>),
            )
          : undefined}
      </dl>
      <p className={`mt-4 ${formStyles.box}`}>
        <strong>{t('resultNow')}:</strong> {t(`now.${looked.status}`)}
      </p>
      {looked.answer ? (
        <>
          <h3 className="mt-6 text-xl font-bold">{t('answerTitle')}</h3>
          <p className="mt-2 whitespace-pre-line" lang={locale}>
            {looked.answer[locale]}
          </p>
        </>
      ) : undefined}
      <h3 className="mt-6 text-xl font-bold">{t('timelineTitle')}</h3>
      <ol className="mt-2">
        {entries(words, looked).map((entry) => (
          <li className="border-b border-line py-3">
            <p className="font-semibold">
              <time dateTime={entry.day}>{dayOf(entry.day, locale)}</time>
            </p>
            {entry.body}
          </li>
        ))}
      </ol>
    </section>,
  );
}
