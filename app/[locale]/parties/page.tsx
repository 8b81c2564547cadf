import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import { getParties, getPartyMembers } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { atStart } from '@/lib/format/capitalize';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Parties');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/parties',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

export default async function PartiesPage() {
  const locale = await getLocale();
  const t = await getTranslations('Parties');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/parties')} width="wide">
      <PageIntro href={path('/parties')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
      </PageIntro>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {getParties().map((party) => {
          const members = getPartyMembers(party.id);
          return (
            <li key={party.id} className="rounded-lg border border-line p-5">
              <h2 className="text-lg font-semibold">
                <Link href={path('/parties/[id]', { id: party.id })} className="text-ink hover:text-brand">
                  {atStart(party.name[locale], locale)}
                </Link>
              </h2>
              <p className="mt-2 text-muted">{t('memberCount', { count: members.length })}</p>
              {members.length > 0 && (
                <ul className="mt-2">
                  {members.map((person) => (
                    <li key={person.id}>
                      <Link href={path('/people/[id]', { id: person.id })}>{person.name[locale]}</Link>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Page>
  );
}
