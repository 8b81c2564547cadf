import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FormattedDate } from '@/components/FormattedDate';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { ReportFigures } from '@/components/reports/ReportFigures';
import { ReportItems } from '@/components/reports/ReportItems';
import { Section } from '@/components/Section';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { entryPage, getDistricts, getEvent, getRecipient, getTopic, getTopics } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { reportData } from '@/lib/seo/structured-data';
import { dataPath, path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/reports/[id]'>;

const page = entryPage('reports');
export const generateStaticParams = page.generateStaticParams;

async function load({ params }: Props) {
  return { report: await page.entry(params), locale: (await getLocale()) as Locale };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { report, locale } = await load(props);
  const t = await getTranslations('Reports');
  return sectionMetadata({
    locale,
    route: '/reports/[id]',
    params: { id: report.id },
    title: report.title[locale],
    description: report.summary?.[locale] ?? t('description'),
  });
}

export default async function ReportPage(props: Props) {
  const { report, locale } = await load(props);
  const t = await getTranslations('Reports');
  const tNav = await getTranslations('Nav');
  const href = path('/reports/[id]', { id: report.id });
  return (
    <Page href={href} width="wide">
      <JsonLd data={reportData(locale, report)} />
      <div className="max-w-3xl">
        <PageIntro
          href={href}
          crumbs={[
            { href: path('/'), label: tNav('home') },
            { href: path('/reports'), label: t('title') },
          ]}
          title={report.title[locale]}
        >
          <p>
            {t('period')}: <FormattedDate iso={report.from} locale={locale} /> –{' '}
            <FormattedDate iso={report.to} locale={locale} />
          </p>
          <p>
            {t('counted')}: <FormattedDate iso={report.counted} locale={locale} />
          </p>
          {report.summary && <p className="mt-2">{report.summary[locale]}</p>}
        </PageIntro>
      </div>
      <Section id="proposals" title={t('items')}>
        {report.items.length === 0 ? (
          <p className="mt-2">{t('itemsNone')}</p>
        ) : (
          <ReportItems
            items={report.items}
            locale={locale}
            names={{ recipient: getRecipient, topic: getTopic, event: getEvent }}
          />
        )}
      </Section>
      <Section id="figures" title={t('figures')}>
        <ReportFigures report={report} locale={locale} topics={getTopics()} districts={getDistricts()} />
      </Section>
      <p className="mt-8 text-sm text-muted">
        {t('data')} <a href={dataPath('reports.csv')}>CSV</a> · <a href={dataPath('reports.json')}>JSON</a>
      </p>
      <p className="mt-4">
        <Link href={path('/feedback')} className="font-semibold">
          {t('ask')}
        </Link>
      </p>
    </Page>
  );
}
