import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/ArticleCard';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { PersonCard } from '@/components/PersonCard';
import { Section } from '@/components/Section';
import { getArticlesAboutParty, getPartyMembers, entryPage } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { atStart } from '@/lib/format/capitalize';
import { path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/parties/[id]'>;

const page = entryPage('parties');
export const generateStaticParams = page.generateStaticParams;

async function load({ params }: Props) {
  const party = await page.entry(params);
  return { party, locale: await getLocale() };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { party, locale } = await load(props);
  const t = await getTranslations('Parties');
  return sectionMetadata({
    locale,
    route: '/parties/[id]',
    params: { id: party.id },
    title: atStart(party.name[locale], locale),
    description: t('intro'),
  });
}

export default async function PartyPage(props: Props) {
  const { party, locale } = await load(props);
  const t = await getTranslations('Parties');
  const tNav = await getTranslations('Nav');
  const members = getPartyMembers(party.id);
  const articles = getArticlesAboutParty(locale, party.id);
  const href = path('/parties/[id]', { id: party.id });
  return (
    <Page href={href}>
      <PageIntro
        href={href}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/parties'), label: tNav('parties') },
        ]}
        title={atStart(party.name[locale], locale)}
      />
      <Section id="party-members" title={t('members')} className="mt-8">
        {members.length === 0 ? (
          <p className="mt-4">{t('noMembers')}</p>
        ) : (
          <div className="mt-6 grid gap-4">
            {members.map((person) => (
              <PersonCard key={person.id} person={person} party={party} />
            ))}
          </div>
        )}
      </Section>
      <Section id="party-articles" title={t('articles')}>
        <div className="mt-6">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} headingLevel="h3" />
          ))}
        </div>
      </Section>
    </Page>
  );
}
