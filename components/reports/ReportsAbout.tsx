import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { ReportItem } from '@/lib/content/kinds';
import { getReports } from '@/lib/content/queries';
import { path } from '@/lib/site/routes';
import { Section } from '../Section';

/** The reports that sum up a proposal about this (an event, a published answer): nothing when none does. */
export async function ReportsAbout({ locale, about }: { locale: Locale; about: (item: ReportItem) => boolean }) {
  const reports = getReports().filter((report) => report.items.some(about));
  if (reports.length === 0) return null;
  const t = await getTranslations('Reports');
  return (
    <Section id="reports" title={t('about')} className="no-print mt-10">
      <ul className="mt-3 space-y-2">
        {reports.map((report) => (
          <li key={report.id}>
            <Link href={path('/reports/[id]', { id: report.id })} className="font-semibold">
              {report.title[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}
