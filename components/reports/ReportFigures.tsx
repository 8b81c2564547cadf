import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { District, Report, Topic } from '@/lib/content/kinds';
import { type FigureGroup, figureNames } from '@/lib/reports/names';
import { DistrictMap } from './DistrictMap';
import { FigureTable } from './FigureTable';

/** A report's figures: what arrived, by kind, where it stands, by territory (with the schema) and by topic. */
export function ReportFigures({
  report,
  locale,
  topics,
  districts,
}: {
  report: Report;
  locale: Locale;
  topics: readonly Topic[];
  districts: readonly District[];
}) {
  const t = useTranslations('Reports');
  const { figures } = report;
  const name = figureNames({ topics, districts });
  const rows = (group: FigureGroup, list: readonly ({ count?: number } & Record<string, unknown>)[]) =>
    list.map((row) => {
      const key = String(row[group]);
      return { key, name: name(group, key)[locale], ...(row.count !== undefined ? { count: row.count } : {}) };
    });
  return (
    <>
      <p className="mt-6 text-lg">{t('received', { count: figures.received })}</p>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        <FigureTable title={t('byKind')} column={t('kind')} rows={rows('kind', figures.kinds)} />
        <FigureTable title={t('byOutcome')} column={t('outcome')} rows={rows('outcome', figures.outcomes)} />
      </div>
      <div className="mt-8 grid gap-8 md:grid-cols-2">
        <DistrictMap
          districts={districts}
          counts={new Map(figures.districts.map((d) => [d.district, d.count]))}
          locale={locale}
        />
        <FigureTable title={t('byDistrict')} column={t('district')} rows={rows('district', figures.districts)} />
      </div>
      <div className="mt-8">
        <FigureTable title={t('byTopic')} column={t('topic')} rows={rows('topic', figures.topics)} />
      </div>
      <p className="mt-4 text-sm text-muted">{t('hidden')}</p>
    </>
  );
}
