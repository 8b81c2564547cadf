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

  it('are events of the same territory first, then of the same format, nearest in time', () => {
    const event = content.events.find((e) => e.id === '2026-03-14-uzaq-atauly')!;
    const related = relatedEvents(event, content.events);
    expect(related.length).toBe(3);
    expect(related.map((e) => e.id)).not.toContain(event.id);
    const sameDistrict = content.events.filter((e) => e.id !== event.id && e.district === event.district);
    if (sameDistrict.length > 0) expect(related[0]!.district).toBe(event.district);
  });
});
