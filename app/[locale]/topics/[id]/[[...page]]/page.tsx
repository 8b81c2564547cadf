import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Pagination } from '@/components/Pagination';
import { TopicSource } from '@/components/TopicSource';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { kinds } from '@/lib/content/kinds';
import { getSiteContent, getTopic, getTopicPage } from '@/lib/content/queries';
import { formatLongDate, isoDateInZone } from '@/lib/format/dates';
import { sectionMetadata } from '@/lib/seo/metadata';
import { pageSegments, topicListPath, topicListRoute } from '@/lib/site/lists';
import { topicPages } from '@/lib/content/topic-items';
import { path } from '@/lib/site/routes';
import { pageOf } from '../../../events/listing';

type Props = PageProps<'/[locale]/topics/[id]/[[...page]]'>;

/** Each topic's pages in this language (lib/content/topic-items.ts: topicPages, as the sitemap lists them). */
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  return topicPages(getSiteContent())
    .filter((p) => p.locales.includes(params.locale as Locale))
    .map(({ id, page }) => ({ id, page: pageSegments(page) }));
}

async function load({ params }: Props) {
  const { id, page: segments } = await params;
  const locale = (await getLocale()) as Locale;
  const topic = getTopic(id);
  const page = pageOf(segments);
  const slice = topic && page !== undefined ? getTopicPage(locale, topic.id, page) : null;
  if (!topic || (!slice && page !== 1)) notFound();
  const t = await getTranslations('Topics');
  const name = topic.name[locale];
  const title = page && page > 1 ? t('titlePaged', { topic: name, page }) : name;
  return { topic, locale, slice, page: page ?? 1, title };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { topic, locale, page, title } = await load(props);
  const t = await getTranslations('Topics');
  return sectionMetadata({
    locale,
    ...topicListRoute(topic.id, page),
    title,
    description: topic.description?.[locale] ?? t('description'),
  });
}

/** A topic: its description and source, and everything on it, newest first, paged. */
export default async function TopicPage(props: Props) {
  const { topic, locale, slice, page, title } = await load(props);
  const t = await getTranslations('Topics');
  const tNav = await getTranslations('Nav');
  const href = topicListPath(topic.id, page);
  return (
    <Page href={href}>
      <PageIntro
        href={href}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/topics'), label: t('title') },
        ]}
        title={title}
      >
        {topic.description && <p>{topic.description[locale]}</p>}
      </PageIntro>
      <TopicSource topic={topic} />
      {!slice || slice.items.length === 0 ? (
        <p className="mt-8">{t('none')}</p>
      ) : (
        <ol className="mt-8" data-list="topic">
          {slice.items.map((item) => (
            <li key={item.href} className="border-b border-line py-4">
              <p className="text-sm text-muted">
                {kinds[item.kind].label.one[locale]} ·{' '}
                <time dateTime={isoDateInZone(item.date)}>{formatLongDate(item.date, locale)}</time>
              </p>
              <p className="mt-1 text-lg font-semibold">
                <Link href={item.href}>{item.title}</Link>
              </p>
            </li>
          ))}
        </ol>
      )}
      {slice && (
        <Pagination
          page={slice.page}
          totalPages={slice.totalPages}
          hrefOf={(n) => topicListPath(topic.id, n)}
          label={t('pages')}
        />
      )}
    </Page>
  );
}
