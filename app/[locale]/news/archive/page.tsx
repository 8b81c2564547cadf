import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getNewsMonths } from '@/lib/content/queries';
import { formatMonth } from '@/lib/format/dates';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('News');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/news/archive',
    params: {},
    title: t('archive'),
    description: t('archiveDescription'),
  });
}

/** The news by year and month, each month with its count: the way back to an older article. */
export default async function NewsArchivePage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('News');
  const tNav = await getTranslations('Nav');
  const months = getNewsMonths(locale);
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))];
  return (
    <Page href={path('/news/archive')}>
      <PageIntro
        href={path('/news/archive')}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/news'), label: tNav('news') },
        ]}
        title={t('archive')}
      />
      {months.length === 0 && <p className="mt-8">{t('empty')}</p>}
      {years.map((year) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="text-xl font-bold">
            {year}
          </h2>
          <ul className="mt-3 space-y-2">
            {months
              .filter((m) => m.month.startsWith(year))
              .map(({ month, count }) => (
                <li key={month}>
                  <Link href={path('/news/archive/[month]', { month })} className="font-semibold">
                    {formatMonth(month, locale)}
                  </Link>{' '}
                  <span className="text-muted">({t('count', { count })})</span>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
