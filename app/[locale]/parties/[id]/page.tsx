import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ArticleCard } from '@/components/ArticleCard';
import { PageIntro } from '@/components/PageIntro';
import { Section } from '@/components/Section';
import { PersonCard } from '@/components/PersonCard';
import { resolvePageLocale } from '@/i18n/page-locale';
import { inEveryLocale } from '@/i18n/static-params';
import { getArticlesAboutParty, getParties, getParty, getPartyMembers } from '@/lib/content';
import { sectionMetadata } from '@/lib/section-metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(getParties().map(({ id }) => ({ id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/parties/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const party = getParty((await params).id);
  if (!party) return {};
  const t = await getTranslations({ locale, namespace: 'Parties' });
  return sectionMetadata(locale, `/parties/${party.id}`, party.name[locale], t('intro'));
}

export default async function PartyPage({ params }: PageProps<'/[locale]/parties/[id]'>) {
  const locale = await resolvePageLocale(params);
  const party = getParty((await params).id);
  if (!party) notFound();
  const t = await getTranslations('Parties');
  const tNav = await getTranslations('Nav');
  const members = getPartyMembers(party.id);
  const articles = getArticlesAboutParty(locale, party.id);
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <PageIntro
        href={`/parties/${party.id}`}
        crumbs={[
          { href: '/', label: tNav('home') },
          { href: '/parties', label: tNav('parties') },
        ]}
        title={party.name[locale]}
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
    </div>
  );
}
