import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/ArticleCard';
import { FigureList } from '@/components/FigureList';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { Link } from '@/i18n/navigation';
import { sections } from '@/lib/site/navigation';
import { path } from '@/lib/site/routes';
import { getArticles, getCoalition, getFigures } from '@/lib/content/queries';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { coalitionOrganization, webSite } from '@/lib/seo/structured-data';

const LATEST_COUNT = 5;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('Site');
  return pageMetadata({
    locale,
    route: '/',
    params: {},
    // The coalition's full name is a slogan too long for a title: the description gives it.
    title: t('shortName'),
    description: t('description'),
    siteName: t('shortName'),
  });
}

export default async function HomePage() {
  const locale = await getLocale();
  const t = await getTranslations('Home');
  const tSite = await getTranslations('Site');
  const tNav = await getTranslations('Nav');
  const names = await siteNames(locale);
  const latest = getArticles(locale).slice(0, LATEST_COUNT);
  // The coalition's link says more here than the menu's "about".
  const explore = sections({ withNews: false }).map(
    ({ route, key }) => [route, key === 'coalition' ? t('aboutLink') : tNav(key)] as const,
  );
  return (
    <Page href={path('/')} width="wide">
      <JsonLd data={coalitionOrganization(locale, names, getCoalition())} />
      <JsonLd data={webSite(locale, names)} />
      <section aria-labelledby="home-title" className="max-w-3xl">
        <h1 id="home-title" className="text-2xl font-bold leading-snug sm:text-3xl">
          {tSite('kind')}
        </h1>
        <p className="mt-3 text-lg">{t('lead')}</p>
        <p className="mt-2 text-muted">{tSite('founded')}.</p>
      </section>

      <section aria-labelledby="figures-title" className="mt-10">
        <h2 id="figures-title" className="border-b-2 border-brand pb-2 text-xl font-bold">
          {t('figuresTitle')}
        </h2>
        <div className="mt-6">
          <FigureList figures={getFigures()} />
        </div>
        <nav aria-label={t('explore')} className="mt-6">
          <ul className="flex flex-wrap gap-3">
            {explore.map(([href, label]) => (
              <li key={href}>
                <Link
                  href={href}
                  className="inline-flex min-h-11 items-center rounded border border-brand px-4 font-semibold no-underline hover:bg-wash"
                >
                  {label} →
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </section>

      <section aria-labelledby="latest-title" className="mt-12 max-w-3xl">
        <h2 id="latest-title" className="border-b-2 border-brand pb-2 text-xl font-bold">
          {t('latest')}
        </h2>
        {latest.length === 0 ? (
          <p className="mt-6">{t('noNews')}</p>
        ) : (
          <div className="mt-6">
            {latest.map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel="h3" />
            ))}
          </div>
        )}
        <p className="mt-6">
          <Link href={path('/news')} className="font-semibold">
            {t('allNews')} →
          </Link>
        </p>
      </section>
    </Page>
  );
}
