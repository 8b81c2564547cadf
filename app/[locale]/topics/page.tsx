import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { TopicSource } from '@/components/TopicSource';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getTopicItems, getTopics } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { topicListPath } from '@/lib/site/lists';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Topics');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/topics',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

/** Every topic (content/topics), with its description, the words that raised it and how much is on it. */
export default async function TopicsPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Topics');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/topics')}>
      <PageIntro href={path('/topics')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
      </PageIntro>
      <ul className="mt-8 space-y-6">
        {getTopics().map((topic) => (
          <li key={topic.id}>
            <h2 className="text-xl font-bold">
              <Link href={topicListPath(topic.id)}>{topic.name[locale]}</Link>
            </h2>
            {topic.description && <p className="mt-1">{topic.description[locale]}</p>}
            <TopicSource topic={topic} />
            <p className="mt-2 text-sm text-muted">{t('count', { count: getTopicItems(locale, topic.id).length })}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
