import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormattedDate } from '@/components/FormattedDate';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getReports } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { dataPath, path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Reports');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/reports',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

/** What residents said and what the coalition did with it, one report per period (content/reports). */
export default async function ReportsPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Reports');
  const tNav = await getTranslations('Nav');
  const reports = getReports();
  return (
    <Page href={path('/reports')}>
      <PageIntro href={path('/reports')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
      </PageIntro>
      {reports.length === 0 ? (
        <p className="mt-8 rounded bg-wash p-4">{t('none')}</p>
      ) : (
        <ul className="mt-8 space-y-6">
          {reports.map((report) => (
            <li key={report.id} className="border-b border-line pb-6">
              <h2 className="text-xl font-bold">
                <Link href={path('/reports/[id]', { id: report.id })}>{report.title[locale]}</Link>
              </h2>
              <p className="mt-1 text-muted">
                <FormattedDate iso={report.from} locale={locale} /> – <FormattedDate iso={report.to} locale={locale} />
              </p>
              <p className="mt-1">
                {t('received', { count: report.figures.received })} {t('itemsCount', { count: report.items.length })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8">
        <Link href={path('/feedback')} className="font-semibold">
          {t('ask')}
        </Link>
      </p>
      {reports.length > 0 && (
        <p className="mt-2 text-sm text-muted">
          {t('data')} <a href={dataPath('reports.csv')}>CSV</a> · <a href={dataPath('reports.json')}>JSON</a>
        </p>
      )}
    </Page>
  );
}
