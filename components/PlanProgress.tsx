import { useLocale, useTranslations } from 'next-intl';
import type { District, Figure } from '@/lib/content/kinds';
import type { Progress } from '@/lib/events/schedule';
import { intlLocale } from '@/lib/format/dates';
import type { EventLabels } from '@/lib/events/labels';
import { SourceLink } from './SourceLink';

type Row = { key: string; label: string; held: number };

/**
 * Horizontal bars on one fixed scale, the whole plan (a bar's full length is its 695 events), so that a
 * few events never draw a full bar; a bar with any is at least a sliver. Each an SVG drawn on the server
 * (no chart script, no other origin), their labels as text so that they stay readable on a phone.
 * Hidden from screen readers: the table says the same.
 */
function Bars({ rows, id, scale }: { rows: Row[]; id: string; scale: number }) {
  return (
    <div aria-hidden="true" data-chart={id} className="no-print mt-3 grid gap-y-2 sm:grid-cols-[14rem_1fr] sm:gap-x-4">
      {rows.map((row) => (
        <div key={row.key} data-row={row.key} data-value={row.held} className="contents">
          <span className="text-sm sm:self-center">{row.label}</span>
          <span className="flex items-center gap-3">
            <svg viewBox="0 0 100 6" preserveAspectRatio="none" className="h-4 w-0 min-w-0 flex-1">
              <rect x="0" y="0" width="100" height="6" rx="1" className="fill-line" />
              <rect
                x="0"
                y="0"
                width={Math.max(row.held > 0 ? 1.5 : 0, (row.held / scale) * 100)}
                height="6"
                rx="1"
                className="fill-brand"
              />
            </svg>
            <span className="w-8 text-end text-sm font-semibold tabular-nums">{row.held}</span>
          </span>
        </div>
      ))}
    </div>
  );
}

/**
 * How much of the plan has been held: overall against the planned number (with the paragraph that
 * states it), by territory and by format, as bars and as a table (for screen readers and for paper).
 */
export function PlanProgress({
  progress,
  plan,
  districts,
  labels,
}: {
  progress: Progress;
  plan: Figure;
  districts: readonly District[];
  labels: EventLabels;
}) {
  const t = useTranslations('Events');
  const locale = useLocale();
  const share = new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(
    progress.held / plan.value,
  );
  const byDistrict: Row[] = progress.byDistrict.map((d) => ({
    key: d.id,
    label: districts.find((x) => x.id === d.id)?.name[locale] ?? d.id,
    held: d.held,
  }));
  const byFormat: Row[] = progress.byFormat.map((f) => ({
    key: f.format,
    label: labels.format(f.format),
    held: f.held,
  }));
  const table = (rows: Row[], caption: string, header: string) => (
    // A table ignores the width that hides it: the box around it does the hiding.
    <div className="sr-only print:not-sr-only">
      <table className="mt-3" data-table={caption}>
        <caption className="text-start font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col">{t('held')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.held}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="rounded-lg bg-wash p-5">
      <p id="progress-label" className="text-lg font-semibold">
        {t('progressHeld', { held: progress.held, planned: plan.value })} ({t('ofPlan', { share })})
      </p>
      <progress
        className="mt-3 h-3 w-full accent-brand"
        value={progress.held}
        max={plan.value}
        aria-labelledby="progress-label"
      >
        {progress.held} / {plan.value}
      </progress>
      <p className="mt-1">
        <SourceLink source={plan.source} />
      </p>
      {progress.sessions > 0 && <p className="mt-3">{t('sessionsApart', { count: progress.sessions })}</p>}
      <h3 className="mt-6 font-semibold">{t('progressByDistrict')}</h3>
      <Bars rows={byDistrict} id="district" scale={plan.value} />
      {table(byDistrict, t('progressByDistrict'), t('territory'))}
      <h3 className="mt-6 font-semibold">{t('progressByFormat')}</h3>
      <Bars rows={byFormat} id="format" scale={plan.value} />
      {table(byFormat, t('progressByFormat'), t('format'))}
      <p className="no-print mt-4 text-sm text-muted">{t('barScale', { planned: plan.value })}</p>
      {progress.recorded > 0 && (
        <>
          <h3 className="mt-6 font-semibold">
            {t('reached', { count: progress.reached })} ({t('reachedNote', { recorded: progress.recorded })})
          </h3>
          <table className="mt-3" data-table="reached">
            <caption className="sr-only">{t('reachedByDistrict')}</caption>
            <thead>
              <tr>
                <th scope="col" className="pe-6 text-start">
                  {t('territory')}
                </th>
                <th scope="col" className="text-end">
                  {t('participants')}
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.byDistrict
                .filter((d) => d.reached > 0)
                .map((d) => (
                  <tr key={d.id} data-row={d.id}>
                    <th scope="row" className="pe-6 text-start font-normal">
                      {districts.find((x) => x.id === d.id)?.name[locale] ?? d.id}
                    </th>
                    <td className="text-end tabular-nums">{d.reached}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
