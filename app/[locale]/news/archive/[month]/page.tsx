import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/ArticleCard';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import type { Locale } from '@/i18n/routing';
import { getArticlesOfMonth, getNewsMonths } from '@/lib/content/queries';
import { formatMonth } from '@/lib/format/dates';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/news/archive/[month]'>;

export async function generateStaticParams() {
  return getNewsMonths((await getLocale()) as Locale).map(({ month }) => ({ month }));
}

/** The month of this page and its articles; a build only ever asks for listed ones. */
async function load({ params }: Props) {
  const locale = (await getLocale()) as Locale;
  const { month } = await params;
  const articles = getArticlesOfMonth(locale, month);
  if (articles.length === 0) notFound();
  return { locale, month, articles, name: formatMonth(month, locale) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, month, name } = await load(props);
  const t = await getTranslations('News');
  return sectionMetadata({
    locale,
    route: '/news/archive/[month]',
    params: { month },
    title: t('monthTitle', { month: name }),
    description: t('monthDescription', { month: name }),
  });
}

export default async function NewsMonthPage(props: Props) {
  const { month, articles, name } = await load(props);
  const t = await getTranslations('News');
  const tNav = await getTranslations('Nav');
  const href = path('/news/archive/[month]', { month });
  return (
    <Page href={href}>
      <PageIntro
        href={href}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/news'), label: tNav('news') },
          { href: path('/news/archive'), label: t('archive') },
        ]}
        title={t('monthTitle', { month: name })}
      >
        <p>{t('count', { count: articles.length })}</p>
      </PageIntro>
      <div className="mt-8">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} />
        ))}
      </div>
    </Page>
  );
}
