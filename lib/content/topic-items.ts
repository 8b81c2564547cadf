import type { Locale } from '@/i18n/routing';
import { path } from '@/lib/site/routes';
import type { SiteContent } from './kinds';
import { articlesByLocale } from './kinds/news';

/** Something a topic page lists: an article, an event or a published answer, with its address and day. */
export type TopicItem = { kind: 'news' | 'events' | 'questions'; href: string; title: string; date: string };

/** Everything on a topic in one language, newest first: its articles, events and published answers. */
export function topicItems(content: SiteContent, locale: Locale, topic: string): TopicItem[] {
  const articles = (articlesByLocale(content.news).get(locale) ?? [])
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
  return [...articles, ...events, ...questions].sort((a, b) => b.date.localeCompare(a.date) || a.href.localeCompare(b.href));
}
