import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { FeedbackCounts } from '@/components/feedback/FeedbackCounts';
import { FigureList } from '@/components/FigureList';
import { FormattedDate } from '@/components/FormattedDate';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Section } from '@/components/Section';
import { PersonCard } from '@/components/PersonCard';
import { SourceQuote } from '@/components/SourceQuote';
import { Link } from '@/i18n/navigation';
import { getCoalition, getFigures, getParties, getParty, getPartyMembers, getPeople } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { coalitionOrganization } from '@/lib/seo/structured-data';
import kk from '@/messages/kk.json';
import { atStart } from '@/lib/format/capitalize';
import { dataPath, datasetNames, path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Coalition');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/coalition',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

export default async function CoalitionPage() {
  const locale = await getLocale();
  const t = await getTranslations('Coalition');
  const tNav = await getTranslations('Nav');
  const tSite = await getTranslations('Site');
  const tParties = await getTranslations('Parties');
  const coalition = getCoalition();
  return (
    <Page href={path('/coalition')} width="wide">
      <JsonLd data={coalitionOrganization(locale, await siteNames(locale), coalition)} />
      <PageIntro href={path('/coalition')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')} />

      <dl className="mt-8 grid gap-x-8 gap-y-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('nameOriginal')}</dt>
        <dd>
          <span className="font-medium">{tSite('name')}</span>
          {locale !== 'kk' && (
            <span lang="kk" className="block text-muted">
              {kk.Site.name}
            </span>
          )}
        </dd>
        <dt className="font-semibold">{t('founded')}</dt>
        <dd>
          <FormattedDate iso={coalition.founded} locale={locale} />
        </dd>
        <dt className="font-semibold">{t('place')}</dt>
        <dd>{coalition.place[locale]}</dd>
      </dl>

      <Section id="purpose" title={t('purposeTitle')}>
        <div className="mt-6 space-y-6">
          {coalition.purpose.map((source) => (
            <SourceQuote key={`${source.article}-${source.paragraph}`} source={source} />
          ))}
        </div>
      </Section>

      <Section id="members" title={t('membersTitle')}>
        <div className="mt-6">
          <SourceQuote source={coalition.members} />
        </div>
      </Section>

      <Section id="figures" title={t('figuresTitle')}>
        <div className="mt-6">
          <FigureList figures={getFigures()} />
        </div>
      </Section>

      <FeedbackCounts />

      <Section id="people" title={t('peopleTitle')}>
        <div className="mt-6 grid gap-4 md:grid-cols-2">
          {getPeople().map((person) => (
            <PersonCard key={person.id} person={person} party={person.party ? getParty(person.party) : undefined} />
          ))}
        </div>
      </Section>

      <Section id="parties" title={t('partiesTitle')}>
        <ul className="mt-6 space-y-2">
          {getParties().map((party) => (
            <li key={party.id}>
              <Link href={path('/parties/[id]', { id: party.id })} className="font-medium">
                {atStart(party.name[locale], locale)}
              </Link>{' '}
              <span className="text-muted">
                ({tParties('memberCount', { count: getPartyMembers(party.id).length })})
              </span>
            </li>
          ))}
        </ul>
      </Section>

      <p className="mt-12 text-sm">
        {t('openData')}:{' '}
        {datasetNames
          .filter((name) => name.endsWith('.json'))
          .map((name, i) => (
            <span key={name}>
              {i > 0 && ' · '}
              <a href={dataPath(name)} type="application/json">
                {t(`openDataNames.${name.replace('.json', '') as 'figures'}`)}
              </a>
            </span>
          ))}
      </p>
    </Page>
  );
}
