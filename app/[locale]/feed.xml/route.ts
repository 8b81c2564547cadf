import { Feed } from 'feed';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { inEveryLocale, routing } from '@/i18n/routing';
import { getArticles, getQuestions, getReports } from '@/lib/content/queries';
import { instantOf } from '@/lib/format/dates';
import { pageUrl } from '@/lib/seo/site-url';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

/** How many of the latest items (articles, published answers, reports) the feed carries. */
const FEED_SIZE = 50;

/** The news, the published answers and the reports as RSS 2.0, one feed per language (made with the `feed` library). */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/feed.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const tQuestions = await getTranslations({ locale, namespace: 'Questions' });
  const articles = getArticles(locale).map((article) => {
    const url = pageUrl(locale, path('/news/[slug]', { slug: article.slug }));
    return {
      id: url,
      link: url,
      title: article.title,
      description: article.summary,
      content: article.html,
      date: new Date(article.updated),
      published: new Date(article.date),
    };
  });
  const answers = getQuestions().map((q) => {
    const url = pageUrl(locale, path('/questions/[id]', { id: q.id }));
    return {
      id: url,
      link: url,
      title: q.question[locale],
      description: q.answer[locale],
      category: [{ name: tQuestions('title') }],
      date: new Date(q.answered),
      published: new Date(q.answered),
    };
  });
  const tReports = await getTranslations({ locale, namespace: 'Reports' });
  const reports = getReports().map((report) => {
    const url = pageUrl(locale, path('/reports/[id]', { id: report.id }));
    const counted = new Date(instantOf(report.counted) ?? report.counted);
    return {
      id: url,
      link: url,
      title: report.title[locale],
      description: report.summary?.[locale] ?? tReports('received', { count: report.figures.received }),
      category: [{ name: tReports('nav') }],
      date: counted,
      published: counted,
    };
  });
  const items = [...articles, ...answers, ...reports]
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, FEED_SIZE);
  const home = pageUrl(locale, '/');
  const feed = new Feed({
    id: home,
    title: t('shortName'),
    description: t('description'),
    link: home,
    language: locale,
    updated: items[0]?.date,
    feedLinks: { rss: pageUrl(locale, path('/feed.xml')) },
    copyright: t('name'),
    generator: false,
  });
  for (const item of items) feed.addItem(item);
  return new Response(feed.rss2(), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
