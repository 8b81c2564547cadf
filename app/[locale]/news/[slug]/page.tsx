import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { FormattedDate } from '@/components/FormattedDate';
import { JsonLd } from '@/components/JsonLd';
import { resolvePageLocale } from '@/i18n/page-locale';
import { routing } from '@/i18n/routing';
import { getArticle, getArticleLocales, getArticles } from '@/lib/content';
import { isoDateTimeInZone } from '@/lib/dates';
import { pageMetadata } from '@/lib/metadata';
import { siteNames } from '@/lib/site-names';
import { newsArticle } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => getArticles(locale).map(({ slug }) => ({ locale, slug })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/news/[slug]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const article = getArticle(locale, (await params).slug);
  if (!article) return {};
  const t = await getTranslations({ locale, namespace: 'Site' });
  const borrowed = article.textLocale !== locale;
  const metadata = pageMetadata({
    locale: article.textLocale,
    href: `/news/${article.slug}`,
    title: article.title,
    description: article.summary,
    locales: getArticleLocales(article.slug),
    type: 'article',
    publishedTime: isoDateTimeInZone(article.date),
    modifiedTime: isoDateTimeInZone(article.updated),
    siteName: t('shortName'),
  });
  // While its translation is pending the page shows the original: search engines are sent there.
  return borrowed ? { ...metadata, robots: { index: false, follow: true } } : metadata;
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/news/[slug]'>) {
  const locale = await resolvePageLocale(params);
  const article = getArticle(locale, (await params).slug);
  if (!article) notFound();
  const t = await getTranslations('Article');
  const tNav = await getTranslations('Nav');
  const names = await siteNames(locale);
  const borrowed = article.textLocale !== locale;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      {!borrowed && <JsonLd data={newsArticle(article, names, getArticleLocales(article.slug))} />}
      <Breadcrumbs
        items={[
          { href: '/', label: tNav('home') },
          { href: '/news', label: tNav('news') },
        ]}
        current={{ href: `/news/${article.slug}`, label: article.title }}
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
          <p className="mt-6 border-s-4 border-accent ps-4 text-lg font-medium sm:text-xl">{article.summary}</p>
        </header>
        {/* Sanitized when the content was compiled (lib/markdown.ts). */}
        <div className="prose-article mt-8" dangerouslySetInnerHTML={{ __html: article.html }} />
      </article>
    </div>
  );
}
