import { localePath } from '@/i18n/routing';
import { type Figures, outcomeLabel, type ReportItem } from '@/lib/content/kinds/reports';
import { instantOf } from '@/lib/format/dates';
import { path } from '@/lib/site/routes';
import { REPORT_TITLE_LIMIT, type ReportDraft } from '../report-form';
import { Input } from './form';
import { Notice } from './notice';
import { Act, DayInput, InboxBar, Part, styles, Submit } from './parts';
import type { View } from './view';

/*
 * A report of what residents said and what was done with it (lib/content/kinds/reports.ts), as the
 * inbox prepares it: the form under the list asks for its preview (a page of its own, /inbox/report),
 * which shows exactly what goes for review and the button that sends it.
 */

export type ReportOptions = { today: string; canPublish: boolean; draft?: ReportDraft; problem?: string };

/** The form under the list (and on the preview page, to correct): a period and a title, to preview. */
export function ReportPart({ view, today, canPublish, draft, problem }: ReportOptions & { view: View }) {
  const { t } = view;
  const value = draft ?? { title_kk: '', title_ru: '', from: '', to: today };
  const title = { maxLength: REPORT_TITLE_LIMIT, required: true };
  return (
    <Part id="report" title={t('reportTitle')} className="mt-12 border-t border-line pt-8">
      <p className="mt-2">{t('reportIntro')}</p>
      {problem ? <Notice kind="alert">{problem}</Notice> : null}
      {canPublish ? (
        <form method="get" action={localePath(view.locale, path('/inbox/report'))} className="mt-4">
          <div className="grid gap-4 md:grid-cols-2">
            <Input
              id="title_kk"
              label={t('reportTitleKk')}
              value={value.title_kk}
              attributes={{ ...title, lang: 'kk' }}
            />
            <Input
              id="title_ru"
              label={t('reportTitleRu')}
              value={value.title_ru}
              attributes={{ ...title, lang: 'ru' }}
            />
            <DayInput
              view={view}
              id="from"
              label={t('reportFrom')}
              value={value.from}
              attributes={{ required: true }}
            />
            <DayInput view={view} id="to" label={t('reportTo')} value={value.to} attributes={{ required: true }} />
          </div>
          <p className="mt-4">
            <Submit style="secondary">{t('reportPreview')}</Submit>
          </p>
        </form>
      ) : (
        <p className="mt-2 font-semibold">{t('publishNotSetUp')}</p>
      )}
    </Part>
  );
}

function Breakdown({ title, rows }: { title: string; rows: { name: string; count?: number }[] }) {
  return (
    <table className="mt-4 w-full text-start">
      <caption className="text-start font-semibold">{title}</caption>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="border-b border-line">
            <th scope="row" className="py-1 text-start font-normal">
              {row.name}
            </th>
            <td className="py-1 ps-4 text-end tabular-nums">{row.count ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What the report would publish, and the button that sends it for review. */
export function ReportPreview({
  view,
  draft,
  figures,
  items,
  today,
}: {
  view: View;
  draft: ReportDraft;
  figures: Figures;
  items: ReportItem[];
  today: string;
}) {
  const { t, names, locale } = view;
  return (
    <>
      <p className="mt-4">
        {draft.title_kk} / {draft.title_ru}
      </p>
      <p className="mt-4 font-semibold">{t('reportReceived', { count: figures.received })}</p>
      <div className="grid gap-6 md:grid-cols-2">
        <Breakdown title={t('kind')} rows={figures.kinds.map((r) => ({ name: names.kind(r.kind), count: r.count }))} />
        <Breakdown
          title={t('outcomesTitle')}
          rows={figures.outcomes.map((r) => ({ name: outcomeLabel(r.outcome)[locale], count: r.count }))}
        />
        <Breakdown
          title={t('topic')}
          rows={figures.topics.map((r) => ({ name: names.topic(r.topic), count: r.count }))}
        />
        <Breakdown
          title={t('district')}
          rows={figures.districts.map((r) => ({ name: names.district(r.district), count: r.count }))}
        />
      </div>
      <p className={`mt-2 ${styles.muted}`}>{t('reportHidden')}</p>
      <Part id="report-items" title={t('reportItems')} className="mt-8">
        {items.length === 0 ? (
          <p className="mt-2">{t('reportItemsNone')}</p>
        ) : (
          <ol className="mt-2 space-y-4">
            {items.map((item, index) => (
              <li key={index} className={styles.box}>
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
          </ol>
        )}
      </Part>
      <Act view={view} intent="report" className="mt-4">
        {Object.entries(draft).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="mt-6">
          <Submit>{t('reportSend')}</Submit>
        </p>
      </Act>
      <p className={`mt-2 ${styles.muted}`}>{t('reportSendNote', { date: view.day(instantOf(today)!) })}</p>
    </>
  );
}

/** The preview's page: what the report would publish, or the form again with what to correct. */
export function ReportPage({ view, children }: { view: View; children: React.ReactNode }) {
  const { t, locale } = view;
  return (
    <>
      <InboxBar view={view} />
      <p className="mt-6">
        <a href={localePath(locale, path('/inbox'))}>{t('back')}</a>
      </p>
      <h1 className="mt-4 text-3xl font-bold leading-tight">{t('reportPreviewTitle')}</h1>
      {children}
    </>
  );
}
