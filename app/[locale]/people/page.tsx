import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { PersonCard } from '@/components/PersonCard';
import { getParty, getPeople } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('People');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/people',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

export default async function PeoplePage() {
  const t = await getTranslations('People');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/people')} width="wide">
      <PageIntro href={path('/people')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
      </PageIntro>
      <div className="mt-8 grid gap-4 md:grid-cols-2">
        {getPeople().map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            party={person.party ? getParty(person.party) : undefined}
            headingLevel="h2"
          />
        ))}
      </div>
    </Page>
  );
}
