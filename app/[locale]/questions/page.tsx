import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { QuestionItem } from '@/components/questions/QuestionItem';
import { Section } from '@/components/Section';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Question } from '@/lib/content/kinds';
import { getQuestions, getTopics } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { faqPage } from '@/lib/seo/structured-data';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Questions');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/questions',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

/** Residents' questions the press office answered and published (content/questions), by topic. */
export default async function QuestionsPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Questions');
  const tNav = await getTranslations('Nav');
  const questions = getQuestions();
  // By topic in the topics' order, those without one last; within a topic, by territory then newest.
  const groups: { id: string; title: string; items: Question[] }[] = [
    ...getTopics().map((topic) => ({
      id: `topic-${topic.id}`,
      title: topic.name[locale],
      items: questions.filter((q) => q.topic === topic.id),
    })),
    { id: 'topic-other', title: t('otherTopic'), items: questions.filter((q) => !q.topic) },
  ].filter((g) => g.items.length > 0);
  return (
    <Page href={path('/questions')}>
      {questions.length > 0 && <JsonLd data={faqPage(locale, questions)} />}
      <PageIntro href={path('/questions')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
        {questions.length === 0 && <p className="mt-4">{t('none')}</p>}
        <p className="mt-4">
          <Link href={path('/feedback')} className="font-semibold">
            {t('ask')}
          </Link>
        </p>
      </PageIntro>
      {groups.length > 1 && (
        <nav aria-labelledby="questions-topics" className="mt-8">
          <h2 id="questions-topics" className="text-lg font-bold">
            {t('topics')}
          </h2>
          <ul className="mt-2 space-y-1">
            {groups.map((g) => (
              <li key={g.id}>
                <a href={`#${g.id}`}>{g.title}</a>{' '}
                <span className="text-muted">({t('count', { count: g.items.length })})</span>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((g) => (
        <Section key={g.id} id={g.id} title={g.title}>
          {g.items.map((q) => (
            <QuestionItem key={q.id} question={q} locale={locale} />
          ))}
        </Section>
      ))}
    </Page>
  );
}
