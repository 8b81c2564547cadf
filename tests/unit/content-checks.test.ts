import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSiteContent, type RawCollections } from '@/lib/content/validate';
import { ContentValidationError } from '@/lib/content/problems';
import { paragraphsOf, statesNumber } from '@/lib/content/source-text';
import kkMessages from '@/messages/kk.json';
import ruMessages from '@/messages/ru.json';

const read = (type: string): unknown => JSON.parse(readFileSync(`.contentlayer/generated/${type}/_index.json`, 'utf8'));
const load = (type: string) => read(type) as Record<string, unknown>[];

function realContent(): RawCollections {
  return {
    news: load('News'),
    parties: load('Party'),
    people: load('Person'),
    figures: load('Figure'),
    events: load('Event'),
    // A singleton: its index is the document itself.
    coalition: read('Coalition'),
  };
}

/** The real content with one document of one collection changed. */
function withChange(
  collection: 'people' | 'figures' | 'events' | 'news',
  id: string,
  change: Record<string, unknown>,
): RawCollections {
  const raw = realContent();
  const docs = raw[collection].map((doc) => {
    const d = doc as { id?: string; slug?: string; locale?: string };
    const key = d.id ?? `${d.slug}/${d.locale}`;
    return key === id ? { ...(doc as object), ...change } : doc;
  });
  return { ...raw, [collection]: docs };
}

function problemsOf(raw: RawCollections): string[] {
  try {
    buildSiteContent(raw);
  } catch (error) {
    if (error instanceof ContentValidationError) return error.problems;
    throw error;
  }
  return [];
}

describe('the real content', () => {
  const content = buildSiteContent(realContent());

  it('has the five parties, six people, five figures and the founding event of the source', () => {
    expect(content.parties.map((p) => p.id)).toEqual(['amanat', 'ak-zhol', 'auyl', 'respublica', 'halyq']);
    expect(content.people).toHaveLength(6);
    expect(content.figures.map((f) => [f.value, f.reading])).toEqual([
      [349, 'exact'],
      [200, 'more-than'],
      [695, 'exact'],
      [300, 'more-than'],
      [5, 'exact'],
    ]);
    expect(content.events.map((e) => [e.id, e.status])).toEqual([['2026-02-13-founding-session', 'held']]);
  });

  it('resolves every reference', () => {
    const partyIds = new Set(content.parties.map((p) => p.id));
    const personIds = new Set(content.people.map((p) => p.id));
    const slugs = new Set(content.articles.map((a) => a.slug));
    for (const person of content.people) if (person.party) expect(partyIds).toContain(person.party);
    for (const article of content.articles) {
      for (const id of article.people) expect(personIds).toContain(id);
      for (const id of article.parties) expect(partyIds).toContain(id);
    }
    for (const event of content.events) if (event.article) expect(slugs).toContain(event.article);
    for (const figure of content.figures) expect(slugs).toContain(figure.source.article);
  });

  it('states each figure in the very paragraph it cites, in both languages', () => {
    for (const figure of content.figures) {
      for (const article of content.articles.filter((a) => a.slug === figure.source.article)) {
        const paragraph = paragraphsOf(article.html).get(figure.source.paragraph) ?? '';
        expect(paragraph, `${figure.id} ${article.locale}`).toContain(figure.source.quote[article.locale]);
        expect(statesNumber(paragraph, figure.value, article.locale), `${figure.id} ${article.locale}`).toBe(true);
      }
    }
  });

  it('lists the plan formats exactly as the article does', () => {
    const [kk, ru] = (['kk', 'ru'] as const).map((locale) => content.articles.find((a) => a.locale === locale)!);
    expect(paragraphsOf(kk!.html).get(8)).toContain(kkMessages.Events.planFormatsSource);
    expect(paragraphsOf(ru!.html).get(8)).toContain(ruMessages.Events.planFormatsSource);
  });
});

describe('broken content stops the build with the file and the field', () => {
  it('a person naming an unknown party', () => {
    expect(problemsOf(withChange('people', 'dinara-ibadullaeva', { party: 'no-such-party' }))).toEqual([
      expect.stringMatching(/^content\/people\/dinara-ibadullaeva\.yaml: field "party": unknown party "no-such-party"/),
    ]);
  });

  it('a figure citing an unknown article', () => {
    const source = { article: 'no-such-article', paragraph: 8, quote: { kk: '349', ru: '349' } };
    expect(problemsOf(withChange('figures', 'regional-coalition-members', { source }))).toEqual([
      expect.stringMatching(
        /^content\/figures\/regional-coalition-members\.yaml: field "source\.article": unknown article "no-such-article"/,
      ),
    ]);
  });

  it('a figure citing a paragraph the article does not have', () => {
    const problems = problemsOf(
      withChange('figures', 'volunteers', {
        source: {
          article: 'qyzylordada-koalitsiya-quryldy',
          paragraph: 42,
          quote: { kk: '200-ден аса', ru: 'более 200' },
        },
      }),
    );
    expect(problems).toContain(
      'content/figures/volunteers.yaml: field "source.paragraph": content/news/qyzylordada-koalitsiya-quryldy/kk.md has no paragraph 42 (it has 8)',
    );
  });

  it('a figure whose value drifted from its source', () => {
    const problems = problemsOf(withChange('figures', 'planned-events', { value: 700 }));
    expect(problems).toContain(
      'content/figures/planned-events.yaml: field "source.quote.kk": the quotation does not state the value 700',
    );
    expect(problems).toContain(
      'content/figures/planned-events.yaml: field "source.quote.ru": the quotation does not state the value 700',
    );
  });

  it('a figure whose quotation is not in the paragraph', () => {
    const source = {
      article: 'qyzylordada-koalitsiya-quryldy',
      paragraph: 7,
      quote: { kk: '349 азамат', ru: '349 человек' },
    };
    const problems = problemsOf(withChange('figures', 'regional-coalition-members', { source }));
    expect(problems).toContain(
      'content/figures/regional-coalition-members.yaml: field "source.quote.kk": these words are not in paragraph 7 of content/news/qyzylordada-koalitsiya-quryldy/kk.md',
    );
  });

  it('a "more than" figure read as exact', () => {
    expect(problemsOf(withChange('figures', 'volunteers', { reading: 'exact' }))).toContain(
      'content/figures/volunteers.yaml: field "reading": the kk quotation says "more than": use reading: more-than',
    );
  });

  it('an unknown enum value', () => {
    expect(problemsOf(withChange('events', '2026-02-13-founding-session', { status: 'cancelled' }))).toEqual([
      'content/events/2026-02-13-founding-session.yaml: field "status": must be one of: planned, held',
    ]);
  });

  it('an event linking an unknown article', () => {
    expect(problemsOf(withChange('events', '2026-02-13-founding-session', { article: 'gone' }))).toEqual([
      expect.stringMatching(
        /^content\/events\/2026-02-13-founding-session\.yaml: field "article": unknown article "gone"/,
      ),
    ]);
  });

  it('an article naming an unknown person', () => {
    const news = realContent().news.find((d) => (d as { locale: string }).locale === 'ru') as { people: string[] };
    expect(
      problemsOf(withChange('news', 'qyzylordada-koalitsiya-quryldy/ru', { people: [...news.people, 'nobody'] })),
    ).toEqual([
      expect.stringMatching(
        /^content\/news\/qyzylordada-koalitsiya-quryldy\/ru\.md: field "people\[6\]": unknown person "nobody"/,
      ),
    ]);
  });

  it('a person whose cited paragraph does not name them', () => {
    const source = { article: 'qyzylordada-koalitsiya-quryldy', paragraph: 2 };
    expect(problemsOf(withChange('people', 'talgat-teleubaev', { source }))).toContain(
      'content/people/talgat-teleubaev.yaml: field "source.paragraph": paragraph 2 of content/news/qyzylordada-koalitsiya-quryldy/kk.md does not mention "Талғат Телеубаев"',
    );
  });
});
