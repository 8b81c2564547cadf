import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import { getParties, getPartyMembers } from '@/lib/content';
import { sectionMetadata } from '@/lib/section-metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/parties'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Parties' });
  return sectionMetadata(locale, '/parties', t('title'), t('description'));
}

export default async function PartiesPage({ params }: PageProps<'/[locale]/parties'>) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('Parties');
  const tNav = await getTranslations('Nav');
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <PageIntro href="/parties" crumbs={[{ href: '/', label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
      </PageIntro>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {getParties().map((party) => {
          const members = getPartyMembers(party.id);
          return (
            <li key={party.id} className="rounded-lg border border-line p-5">
              <h2 className="text-lg font-semibold">
                <Link href={`/parties/${party.id}`} className="text-ink hover:text-brand">
                  {party.name[locale]}
                </Link>
              </h2>
              <p className="mt-2 text-muted">{t('memberCount', { count: members.length })}</p>
              {members.length > 0 && (
                <ul className="mt-2">
                  {members.map((person) => (
                    <li key={person.id}>
                      <Link href={`/people/${person.id}`}>{person.name[locale]}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
