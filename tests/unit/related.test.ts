import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteContent } from '@/lib/content/kinds';
import { readContent } from '@/lib/content/read';
import { relatedArticles, relatedEvents } from '@/lib/content/related';
import { buildSiteContent } from '@/lib/content/validate';

let content: SiteContent;
beforeAll(async () => {
  content = buildSiteContent((await readContent('tests/fixtures/site/content')).raw);
});

describe('related items', () => {
  it('are articles on the same topics or naming the same people or parties, at most three, never the article itself', () => {
    const kk = content.news.filter((a) => a.locale === 'kk');
    for (const article of kk) {
      const related = relatedArticles(article, kk);
      expect(related.length).toBeLessThanOrEqual(3);
      expect(related.map((a) => a.slug)).not.toContain(article.slug);
      for (const other of related)
        expect(
          [...other.people, ...other.parties, ...other.topics].some((x) =>
            [...article.people, ...article.parties, ...article.topics].includes(x),
          ),
        ).toBe(true);
    }
    expect(kk.some((a) => relatedArticles(a, kk).length > 0)).toBe(true);
  });

  it('are events on the same topics or of the same territory first, then of the same format, nearest in time', () => {
    const event = content.events.find((e) => e.id === '2026-03-14-uzaq-atauly')!;
    const others = content.events.filter((e) => e.id !== event.id);
    // The fixture holds what the rule orders: events of its territory, and of its format elsewhere.
    const sameDistrict = others.filter((e) => e.district === event.district);
    const sameFormatOnly = others.filter((e) => e.district !== event.district && e.format === event.format);
    expect(sameDistrict.length).toBeGreaterThan(0);
    expect(sameFormatOnly.length).toBeGreaterThan(0);

    const related = relatedEvents(event, content.events);
    expect(related).toHaveLength(3);
    expect(related.map((e) => e.id)).not.toContain(event.id);
    const sharedTopics = (e: (typeof others)[number]) => e.topics.filter((t) => event.topics.includes(t)).length;
    const rank = (e: (typeof others)[number]) =>
      2 * sharedTopics(e) + (e.district === event.district ? 2 : 0) + (e.format === event.format ? 1 : 0);
    const at = Date.parse(event.start.instant);
    const distance = (e: (typeof others)[number]) => Math.abs(Date.parse(e.start.instant) - at);
    // A shared topic weighs as much as the territory, the format half of that; then the nearest in time.
    const expected = others
      .filter((e) => rank(e) > 0)
      .sort((a, b) => rank(b) - rank(a) || distance(a) - distance(b))
      .slice(0, 3);
    expect(related.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(rank(related[0]!)).toBeGreaterThanOrEqual(2);
  });
});
