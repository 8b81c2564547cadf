import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FormattedDate } from '@/components/FormattedDate';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { ArticleNeighbours } from '@/components/ArticleNeighbours';
import { RelatedLinks } from '@/components/RelatedLinks';
import { ShareLinks } from '@/components/ShareLinks';
import { TopicLinks } from '@/components/topics/TopicLinks';
import { Figure } from '@/components/Photo';
import { getArticle, getArticleLocales, getArticles } from '@/lib/content/queries';
import { formatLongDate, isoDateInZone, isoDateTimeInZone } from '@/lib/format/dates';
import { relatedArticles } from '@/lib/content/related';
import { articleShareImage } from '@/lib/seo/share-cards';
import { pageMetadata } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { newsArticle } from '@/lib/seo/structured-data';
import { path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/news/[slug]'>;

export async function generateStaticParams() {
  return getArticles(await getLocale()).map(({ slug }) => ({ slug }));
}

/** The article of this page; a build only ever asks for listed ones (docs/decisions.md, unknown paths). */
async function load({ params }: Props) {
  const article = getArticle(await getLocale(), (await params).slug);
  if (!article) notFound();
  return {
    article,
    borrowed: article.textLocale !== article.locale,
    locales: getArticleLocales(article.slug),
    image: await articleShareImage(article),
  };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { article, borrowed, locales, image } = await load(props);
  const t = await getTranslations('Site');
  const metadata = await pageMetadata({
    image,
    locale: article.textLocale,
    route: '/news/[slug]',
    params: { slug: article.slug },
    title: article.title,
    description: article.summary,
    locales,
    type: 'article',
    publishedTime: isoDateTimeInZone(article.date),
    modifiedTime: isoDateTimeInZone(article.updated),
    siteName: t('shortName'),
  });
  // While its translation is pending the page shows the original: search engines are sent there.
  return borrowed ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function ArticlePage(props: Props) {
  const { article, borrowed, locales, image } = await load(props);
  const locale = article.locale;
  const t = await getTranslations('Article');
  const tNav = await getTranslations('Nav');
  const href = path('/news/[slug]', { slug: article.slug });
  return (
    <Page href={href}>
      {!borrowed && <JsonLd data={newsArticle(article, await siteNames(locale), locales, image)} />}
      <Breadcrumbs
        items={[
          { href: path('/'), label: tNav('home') },
          { href: path('/news'), label: tNav('news') },
        ]}
        current={{ href, label: article.title }}
      />
      {article.draft && (
        <p role="note" className="mt-6 rounded border-2 border-dashed border-brand px-4 py-3 font-semibold">
          {t('draftNotice')}
        </p>
      )}
      {borrowed && (
        <p role="note" className="mt-6 rounded border border-accent bg-accent/10 px-4 py-3">
          {t('translationPending')}
        </p>
      )}
      <article className="mt-6" lang={borrowed ? article.textLocale : undefined}>
        <header>
          <h1 className="text-2xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
          <p className="mt-4 text-muted">
            {t('published')}: <FormattedDate iso={article.date} locale={locale} />
            {article.updated !== article.date && (
              <>
                {' · '}
                {t('updated')}: <FormattedDate iso={article.updated} locale={locale} />
              </>
            )}
          </p>
          {article.origin && (
            <p className="mt-2 text-sm text-muted" data-origin>
              {t('origin')}: {article.origin}
            </p>
          )}
          <p className="mt-6 border-s-4 border-accent ps-4 text-lg font-medium sm:text-xl">{article.summary}</p>
          {article.image?.photo && (
            <div className="mt-8">
              <Figure photo={article.image.photo} alt={article.image.alt} credit={article.image.credit} priority />
            </div>
          )}
        </header>
        {/* Sanitized when the content was compiled (lib/content/markdown.ts). */}
        <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />
        <TopicLinks ids={article.topics} locale={locale} className="mt-8" />
      </article>
      <RelatedLinks
        title={t('related')}
        items={relatedArticles(article, getArticles(locale)).map((a) => ({
          href: path('/news/[slug]', { slug: a.slug }),
          title: a.title,
          date: formatLongDate(a.date, locale),
          dateTime: isoDateInZone(a.date),
        }))}
      />
      <ShareLinks title={article.title} href={href} />
      <ArticleNeighbours locale={locale} slug={article.slug} />
    </Page>
  );
}
