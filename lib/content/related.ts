import type { Article, CoalitionEvent } from '@/lib/content/kinds';

/*
 * Up to three items related to one, chosen at build: articles on the same topics or naming the same
 * people or parties; events on the same topics, in the same territory or of the same format, nearest
 * in time. Nothing related: nothing shown.
 */

const LIMIT = 3;

const shared = (a: readonly string[], b: readonly string[]) => a.filter((x) => b.includes(x)).length;

export function relatedArticles(article: Article, articles: readonly Article[]): Article[] {
  return articles
    .filter((other) => other.slug !== article.slug)
    .map((other) => ({
      other,
      score:
        2 * shared(article.topics, other.topics) +
        2 * shared(article.people, other.people) +
        shared(article.parties, other.parties),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || b.other.date.localeCompare(a.other.date))
    .slice(0, LIMIT)
    .map(({ other }) => other);
}

export function relatedEvents(event: CoalitionEvent, events: readonly CoalitionEvent[]): CoalitionEvent[] {
  const at = Date.parse(event.start.instant);
  return events
    .filter((other) => other.id !== event.id)
    .map((other) => ({
      other,
      score:
        2 * shared(event.topics, other.topics) +
        (other.district === event.district ? 2 : 0) +
        (other.format === event.format ? 1 : 0),
      distance: Math.abs(Date.parse(other.start.instant) - at),
    }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.distance - b.distance)
    .slice(0, LIMIT)
    .map(({ other }) => other);
}
