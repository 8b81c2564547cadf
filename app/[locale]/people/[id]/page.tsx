import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/ArticleCard';
import { JsonLd } from '@/components/JsonLd';
import { PageIntro } from '@/components/PageIntro';
import { Section } from '@/components/Section';
import { SourceLink } from '@/components/SourceLink';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import { inEveryLocale } from '@/i18n/static-params';
import { getArticle, getArticlesAboutPerson, getParty, getPeople, getPerson } from '@/lib/content';
import { sectionMetadata } from '@/lib/section-metadata';
import { siteNames } from '@/lib/site-names';
import { personData } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(getPeople().map(({ id }) => ({ id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/people/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const person = getPerson((await params).id);
  if (!person) return {};
  const roles = [person.coalitionRole, ...person.roles].flatMap((r) => (r ? [r[locale]] : []));
  return sectionMetadata(locale, `/people/${person.id}`, person.name[locale], roles.join('; '));
}

export default async function PersonPage({ params }: PageProps<'/[locale]/people/[id]'>) {
  const locale = await resolvePageLocale(params);
  const person = getPerson((await params).id);
  if (!person) notFound();
  const t = await getTranslations('People');
  const tNav = await getTranslations('Nav');
  const party = person.party ? getParty(person.party) : undefined;
  const articles = getArticlesAboutPerson(locale, person.id);
  const sourceArticle = getArticle(locale, person.source.article);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <JsonLd data={personData(person, locale, party, await siteNames(locale))} />
      <PageIntro
        href={`/people/${person.id}`}
        crumbs={[
          { href: '/', label: tNav('home') },
          { href: '/people', label: tNav('people') },
        ]}
        title={person.name[locale]}
      />
      <dl className="mt-8 space-y-4">
        {person.coalitionRole && (
          <div>
            <dt className="font-semibold">{t('coalitionRole')}</dt>
            <dd>{person.coalitionRole[locale]}</dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{t('roles')}</dt>
          <dd>
            <ul className="list-disc ps-6">
              {person.roles.map((role) => (
                <li key={role.kk}>{role[locale]}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t('party')}</dt>
          <dd>{party ? <Link href={`/parties/${party.id}`}>{party.name[locale]}</Link> : t('noParty')}</dd>
        </div>
        <div>
          <dt className="font-semibold">{t('source')}</dt>
          <dd>
            <SourceLink source={person.source} articleTitle={sourceArticle?.title} />
          </dd>
        </div>
      </dl>
      <Section id="person-articles" title={t('articles')}>
        {articles.length === 0 ? (
          <p className="mt-4">{t('noArticles')}</p>
        ) : (
          <div className="mt-6">
            {articles.map((article) => (
              <ArticleCard key={article.slug} article={article} headingLevel="h3" />
            ))}
          </div>
        )}
      </Section>
    </div>
  );
}
