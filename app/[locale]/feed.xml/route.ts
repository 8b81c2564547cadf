import { Feed } from 'feed';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getArticles } from '@/lib/content/queries';
import { pageUrl } from '@/lib/seo/site-url';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

/** How many of the latest articles the feed carries. */
const FEED_SIZE = 50;

/** The news as RSS 2.0, one feed per language (made with the `feed` library). */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const articles = getArticles(locale).slice(0, FEED_SIZE);
  const home = pageUrl(locale, '/');
  const feed = new Feed({
    id: home,
    title: t('shortName'),
    description: t('description'),
    link: home,
    language: locale,
    updated: articles[0] ? new Date(articles[0].updated) : undefined,
    feedLinks: { rss: pageUrl(locale, path('/feed.xml')) },
    copyright: t('name'),
    generator: false,
  });
  for (const article of articles) {
    const url = pageUrl(locale, path('/news/[slug]', { slug: article.slug }));
    feed.addItem({
      id: url,
      link: url,
      title: article.title,
      description: article.summary,
      content: article.html,
      date: new Date(article.updated),
      published: new Date(article.date),
    });
  }
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
