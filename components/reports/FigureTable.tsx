import { useTranslations } from 'next-intl';

export type FigureRow = { key: string; name: string; count?: number };

/**
 * One breakdown of a report's figures: a table anyone can read, each row with a bar drawn as SVG on
 * the server (no script, no inline style), its length the count's share of the largest. A count not
 * shown (a small group) is a dash and no bar.
 */
export function FigureTable({ title, column, rows }: { title: string; column: string; rows: readonly FigureRow[] }) {
  const t = useTranslations('Reports');
  const largest = Math.max(1, ...rows.map((row) => row.count ?? 0));
  return (
    <table className="w-full text-start">
      <caption className="text-start text-lg font-semibold">{title}</caption>
      <thead>
        <tr className="border-b border-line text-sm text-muted">
          <th scope="col" className="py-1 text-start font-normal">
            {column}
          </th>
          <th scope="col" className="py-1 ps-4 text-end font-normal">
            {t('messages')}
          </th>
          <th scope="col" className="w-2/5 py-1 ps-4 font-normal">
            <span className="sr-only">{t('bar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-line">
            <th scope="row" className="py-1 text-start font-normal">
              {row.name}
            </th>
            <td className="py-1 ps-4 text-end tabular-nums">{row.count ?? '—'}</td>
            <td className="py-1 ps-4" aria-hidden="true">
              {row.count !== undefined && (
                <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="block h-3 w-full">
                  <rect width={(100 * row.count) / largest} height="8" className="fill-brand" />
                </svg>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
