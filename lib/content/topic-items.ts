import { type Locale, routing } from '@/i18n/routing';
import { path } from '@/lib/site/routes';
import type { Article, SiteContent } from './kinds';
import { articlesByLocale } from './kinds/news';
import { pageCount } from './pagination';

/** Something a topic page lists: an article, an event, a published answer or a report, with its address and day. */
export type TopicItem = { kind: 'news' | 'events' | 'questions' | 'reports'; href: string; title: string; date: string };

/** Everything on a topic in one language, newest first: its articles, events, published answers and reports. */
export function topicItems(
  content: SiteContent,
  locale: Locale,
  topic: string,
  byLocale: ReadonlyMap<Locale, readonly Article[]> = articlesByLocale(content.news),
): TopicItem[] {
  const articles = (byLocale.get(locale) ?? [])
    .filter((a) => a.topics.includes(topic))
    .map((a): TopicItem => ({ kind: 'news', href: path('/news/[slug]', { slug: a.slug }), title: a.title, date: a.date }));
  const events = content.events
    .filter((e) => e.topics.includes(topic))
    .map(
      (e): TopicItem => ({
        kind: 'events',
        href: path('/events/[id]', { id: e.id }),
        title: e.title[locale],
        date: e.start.instant,
      }),
    );
  const questions = content.questions
    .filter((q) => q.topic === topic)
    .map(
      (q): TopicItem => ({
        kind: 'questions',
        href: path('/questions/[id]', { id: q.id }),
        title: q.question[locale],
        date: q.answered,
      }),
    );
  const reports = content.reports
    .filter((r) => r.items.some((item) => item.topic === topic))
    .map(
      (r): TopicItem => ({
        kind: 'reports',
        href: path('/reports/[id]', { id: r.id }),
        title: r.title[locale],
        date: r.counted,
      }),
    );
  return [...articles, ...events, ...questions, ...reports].sort((a, b) => b.date.localeCompare(a.date) || a.href.localeCompare(b.href));
}

/** Every page of every topic's list, with the languages that have that many (articles are in one each). */
export function topicPages(content: SiteContent): { id: string; page: number; locales: Locale[] }[] {
  const byLocale = articlesByLocale(content.news);
  return content.topics.flatMap((topic) => {
    const pages = new Map(
      routing.locales.map((l) => [l, Math.max(1, pageCount(topicItems(content, l, topic.id, byLocale).length))]),
    );
    return Array.from({ length: Math.max(...pages.values()) }, (_, i) => ({
      id: topic.id,
      page: i + 1,
      locales: routing.locales.filter((l) => (pages.get(l) ?? 1) > i),
    }));
  });
}
