import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { SearchForm } from '@/components/SearchForm';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

// The search page as prerendered: the template that each /{locale}/search request fills
// (lib/frames). Reached at its own address, it is the search page with nothing searched.

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('Search');
  const metadata = await sectionMetadata({
    locale,
    route: '/search',
    params: {},
    title: t('title'),
    description: t('description'),
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function SearchTemplatePage() {
  const t = await getTranslations('Search');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/search')} template>
      <PageIntro href={path('/search')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')} />
      <div className="mt-6">
        <SearchForm id="search-query" slot />
      </div>
      <div data-slot="results" className="mt-8">
        <p className="text-muted">{t('help')}</p>
      </div>
    </Page>
  );
}
