/** @jsxImportSource hastscript */
import type { Element } from 'hast';
import { localePath } from '@/i18n/routing';
import { type Figures, outcomeLabel, type ReportItem } from '@/lib/content/kinds/reports';
import { instantOf } from '@/lib/format/dates';
import { contents, element } from '@/lib/markup';
import { path } from '@/lib/site/routes';
import { REPORT_TITLE_LIMIT, type ReportDraft } from '../report-form';
import { actForm, button, dayInput, inboxBar, input, notice, part, styles } from './html';
import type { View } from './view';

/*
 * A report of what residents said and what was done with it (lib/content/kinds/reports.ts), as the
 * inbox prepares it: the form under the list, then a preview of exactly what goes for review.
 */

const fields = (view: View, draft: ReportDraft) => {
  const { t } = view;
  return element(
    <div className="grid gap-4 md:grid-cols-2">
      {input('title_kk', t('reportTitleKk'), draft.title_kk, {
        maxLength: REPORT_TITLE_LIMIT,
        required: true,
        lang: 'kk',
      })}
      {input('title_ru', t('reportTitleRu'), draft.title_ru, {
        maxLength: REPORT_TITLE_LIMIT,
        required: true,
        lang: 'ru',
      })}
      {dayInput(view, 'from', t('reportFrom'), draft.from, { required: true })}
      {dayInput(view, 'to', t('reportTo'), draft.to, { required: true })}
    </div>,
  );
};

/** The form under the list: a period and a title, to preview. */
export function reportPart(
  view: View,
  { today, canPublish, draft, problem }: { today: string; canPublish: boolean; draft?: ReportDraft; problem?: string },
): Element {
  const { t } = view;
  const value = draft ?? { title_kk: '', title_ru: '', from: '', to: today };
  return part(
    'report',
    t('reportTitle'),
    `mt-12 border-t border-line pt-8`,
    contents(
      <>
        <p className="mt-2">{t('reportIntro')}</p>
        {problem ? notice(problem, 'alert') : undefined}
        {canPublish ? (
          actForm(
            view,
            'report',
            [fields(view, value), element(<p className="mt-4">{button(t('reportPreview'), 'secondary')}</p>)],
            {
              className: 'mt-4',
            },
          )
        ) : (
          <p className="mt-2 font-semibold">{t('publishNotSetUp')}</p>
        )}
      </>,
    ),
  );
}

const breakdown = (title: string, rows: { name: string; count?: number }[]) =>
  element(
    <table className="mt-4 w-full text-start">
      <caption className="text-start font-semibold">{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr className="border-b border-line">
            <th scope="row" className="py-1 text-start font-normal">
              {row.name}
            </th>
            <td className="py-1 ps-4 text-end tabular-nums">{row.count ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>,
  );

/** What the report would publish, and the button that sends it for review. */
export function reportPreview(
  view: View,
  { draft, figures, items, today }: { draft: ReportDraft; figures: Figures; items: ReportItem[]; today: string },
): Element[] {
  const { t, names, locale } = view;
  const hidden = Object.entries({ ...draft, confirm: 'yes' }).map(([name, value]) =>
    element(<input type="hidden" name={name} value={value} />),
  );
  return contents(
    <>
      {inboxBar(view)}
      <p className="mt-6">
        <a href={localePath(locale, path('/inbox'))}>{t('back')}</a>
      </p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">{t('reportPreviewTitle')}</h1>
      <p className="mt-2">
        {draft.title_kk} / {draft.title_ru}
      </p>
      <p className="mt-4 font-semibold">{t('reportReceived', { count: figures.received })}</p>
      <div className="grid gap-6 md:grid-cols-2">
        {breakdown(
          t('kind'),
          figures.kinds.map((r) => ({ name: names.kind(r.kind), count: r.count })),
        )}
        {breakdown(
          t('outcomesTitle'),
          figures.outcomes.map((r) => ({ name: outcomeLabel(r.outcome)[locale], count: r.count })),
        )}
        {breakdown(
          t('topic'),
          figures.topics.map((r) => ({ name: names.topic(r.topic), count: r.count })),
        )}
        {breakdown(
          t('district'),
          figures.districts.map((r) => ({ name: names.district(r.district), count: r.count })),
        )}
      </div>
      <p className={`mt-2 ${styles.muted}`}>{t('reportHidden')}</p>
      {part('report-items', t('reportItems'), 'mt-8', [
        items.length === 0
          ? element(<p className="mt-2">{t('reportItemsNone')}</p>)
          : element(
              <ol className="mt-2 space-y-4">
                {items.map((item) => (
                  <li className={styles.box}>
                    <p lang="kk">{item.proposal.kk}</p>
                    <p lang="ru" className="mt-1">
                      {item.proposal.ru}
                    </p>
                    <p className={`mt-2 ${styles.muted}`}>
                      {outcomeLabel(item.outcome)[locale]}
                      {item.recipient ? `: ${names.recipient(item.recipient)}` : ''} ·{' '}
                      {t('reportMessages', { count: item.messages })}
                    </p>
                  </li>
                ))}
              </ol>,
            ),
      ])}
      {actForm(view, 'report', [...hidden, element(<p className="mt-6">{button(t('reportSend'))}</p>)], {
        className: 'mt-4',
      })}
      <p className={`mt-2 ${styles.muted}`}>{t('reportSendNote', { date: view.day(instantOf(today)!) })}</p>
    </>,
  ) as Element[];
}
