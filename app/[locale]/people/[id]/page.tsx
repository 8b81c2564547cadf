import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/ArticleCard';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Section } from '@/components/Section';
import { SourceLink } from '@/components/SourceLink';
import { Link } from '@/i18n/navigation';
import { getArticle, getArticlesAboutPerson, getParty, entryPage } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { personData } from '@/lib/seo/structured-data';
import { atStart } from '@/lib/format/capitalize';
import { path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/people/[id]'>;

const page = entryPage('people');
export const generateStaticParams = page.generateStaticParams;

async function load({ params }: Props) {
  const person = await page.entry(params);
  return { person, locale: await getLocale() };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { person, locale } = await load(props);
  const roles = [person.coalitionRole, ...person.roles].flatMap((r) => (r ? [r[locale]] : []));
  return sectionMetadata({
    locale,
    route: '/people/[id]',
    params: { id: person.id },
    title: person.name[locale],
    description: roles.join('; '),
  });
}

export default async function PersonPage(props: Props) {
  const { person, locale } = await load(props);
  const t = await getTranslations('People');
  const tNav = await getTranslations('Nav');
  const party = person.party ? getParty(person.party) : undefined;
  const articles = getArticlesAboutPerson(locale, person.id);
  const sourceArticle = getArticle(locale, person.source.article);
  const href = path('/people/[id]', { id: person.id });
  return (
    <Page href={href}>
      <JsonLd data={personData(person, locale, party, await siteNames(locale))} />
      <PageIntro
        href={href}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/people'), label: tNav('people') },
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
          <dd>
            {party ? (
              <Link href={path('/parties/[id]', { id: party.id })}>{atStart(party.name[locale], locale)}</Link>
            ) : (
              t('noParty')
            )}
          </dd>
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
    </Page>
  );
}
