import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageIntro } from '@/components/PageIntro';
import { PersonCard } from '@/components/PersonCard';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getParty, getPeople } from '@/lib/content';
import { sectionMetadata } from '@/lib/section-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/people'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'People' });
  return sectionMetadata(locale, '/people', t('title'), t('description'));
}

export default async function PeoplePage({ params }: PageProps<'/[locale]/people'>) {
  await resolvePageLocale(params);
  const t = await getTranslations('People');
  const tNav = await getTranslations('Nav');
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageIntro href="/people" crumbs={[{ href: '/', label: tNav('home') }]} title={t('title')}>
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
    </div>
  );
}
