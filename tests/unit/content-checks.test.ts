import { beforeAll, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/read';
import { paragraphsOf, statesNumber } from '@/lib/content/source-text';
import { buildSiteContent, checkSiteContent, type RawCollections } from '@/lib/content/validate';
import kkMessages from '@/messages/kk.json';
import ruMessages from '@/messages/ru.json';

const FIXTURE = 'tests/fixtures/site/content';

let real: RawCollections;
let fixture: RawCollections;
beforeAll(async () => {
  real = (await readContent('content')).raw;
  fixture = (await readContent(FIXTURE)).raw;
});

/** The fixture content with one document of one collection changed. */
function withChange(
  collection: 'people' | 'figures' | 'events' | 'news' | 'topics',
  id: string,
  change: Record<string, unknown>,
): RawCollections {
  const docs = fixture[collection].map((doc) => {
    const d = doc as { id?: string; slug?: string; locale?: string };
    const key = d.id ?? `${d.slug}/${d.locale}`;
    return key === id ? { ...(doc as object), ...change } : doc;
  });
  return { ...fixture, [collection]: docs };
}

const problemsOf = (raw: RawCollections) => checkSiteContent(raw).problems.items;
/** A problem of a file and field whose message says all of `words`, in both languages. */
const problem = (file: string, field: string, kk: string, ru: string) => ({
  file,
  field,
  message: { kk: expect.stringContaining(kk), ru: expect.stringContaining(ru) },
});

// What holds of content/ whatever the press office adds: nothing here counts its files.
describe('the real content', () => {
  it('passes every check of the build', () => {
    expect(checkSiteContent(real).problems.list).toEqual([]);
  });

  it('resolves every reference', () => {
    const content = buildSiteContent(real);
    const partyIds = new Set(content.parties.map((p) => p.id));
    const personIds = new Set(content.people.map((p) => p.id));
    const slugs = new Set(content.news.map((a) => a.slug));
    for (const person of content.people) if (person.party) expect(partyIds).toContain(person.party);
    for (const article of content.news) {
      for (const id of article.people) expect(personIds).toContain(id);
      for (const id of article.parties) expect(partyIds).toContain(id);
    }
    for (const event of content.events) if (event.article) expect(slugs).toContain(event.article);
    for (const figure of content.figures) expect(slugs).toContain(figure.source.article);
  });

  it('states each figure in the very paragraph it cites, in both languages', () => {
    const content = buildSiteContent(real);
    for (const figure of content.figures) {
      for (const article of content.news.filter((a) => a.slug === figure.source.article)) {
        const paragraph = paragraphsOf(article.html).get(figure.source.paragraph) ?? '';
        expect(paragraph, `${figure.id} ${article.locale}`).toContain(figure.source.quote[article.locale]);
        expect(statesNumber(paragraph, figure.value, article.locale), `${figure.id} ${article.locale}`).toBe(true);
      }
    }
  });

  it('lists the plan formats exactly as the founding article does', () => {
    const content = buildSiteContent(real);
    const plan = content.figures.find((f) => f.id === 'planned-events')!;
    for (const [locale, messages] of [
      ['kk', kkMessages],
      ['ru', ruMessages],
    ] as const) {
      const article = content.news.find((a) => a.slug === plan.source.article && a.locale === locale)!;
      expect(paragraphsOf(article.html).get(plan.source.paragraph)).toContain(messages.Events.planFormatsSource);
    }
  });
});

describe('citations', () => {
  it('do not move when photos, a credit and a heading are added to a published article', () => {
    // The fixture's founding article has them; every figure and person still cites the same paragraph.
    expect(problemsOf(fixture)).toEqual([]);
    const article = buildSiteContent(fixture).news.find((a) => a.slug === 'qyzylordada-koalitsiya-quryldy')!;
    expect(article.html).toContain('<figure class="photo">');
    expect(article.html).toContain('<h2>');
    expect(paragraphsOf(article.html).get(8)).toContain('695');
  });

  it('that break say where the cited words are now', () => {
    const source = {
      article: 'qyzylordada-koalitsiya-quryldy',
      paragraph: 7,
      quote: { kk: '695 іс-шарадан тұратын кешенді жұмыс жоспары әзірленген', ru: 'состоящий из 695 мероприятий' },
    };
    expect(problemsOf(withChange('figures', 'planned-events', { source }))).toContainEqual(
      problem('content/figures/planned-events.yaml', 'source.quote.kk', 'енді 8-абзацта', 'теперь они в абзаце 8'),
    );
  });
});

describe('broken content stops the build with the file and the field, in both languages', () => {
  it('a person naming an unknown party', () => {
    expect(problemsOf(withChange('people', 'dinara-ibadullaeva', { party: 'no-such-party' }))).toEqual([
      problem(
        'content/people/dinara-ibadullaeva.yaml',
        'party',
        'Партиялар: «no-such-party» жоқ',
        'Партии: нет «no-such-party»',
      ),
    ]);
  });

  it('reads a field left empty (as the web editor writes it: `updated: null`) as not given', () => {
    const empty = { updated: null, address: null, draft: null, image: null };
    expect(problemsOf(withChange('news', 'synaq-01/ru', empty))).toEqual([]);
    expect(problemsOf(withChange('news', 'synaq-01/ru', { title: null }))).toEqual([
      problem('content/news/synaq-01/index.ru.md', 'title', 'міндетті', 'обязательно'),
    ]);
  });

  it("an address (the web editor's) that is not the file's name", () => {
    expect(problemsOf(withChange('people', 'dinara-ibadullaeva', { address: 'dinara' }))).toEqual([
      problem(
        'content/people/dinara-ibadullaeva.yaml',
        'address',
        'файлдың (қалтаның) атымен бірдей болуы керек: «dinara-ibadullaeva»',
        'должен совпадать с именем файла (папки): «dinara-ibadullaeva»',
      ),
    ]);
    expect(problemsOf(withChange('people', 'dinara-ibadullaeva', { address: 'dinara-ibadullaeva' }))).toEqual([]);
  });

  it('a figure citing an unknown article', () => {
    const source = { article: 'no-such-article', paragraph: 8, quote: { kk: '349', ru: '349' } };
    expect(problemsOf(withChange('figures', 'regional-coalition-members', { source }))).toEqual([
      problem(
        'content/figures/regional-coalition-members.yaml',
        'source.article',
        'Жаңалықтар: «no-such-article» жоқ',
        'Новости: нет «no-such-article»',
      ),
    ]);
  });

  it('a figure citing a paragraph the article does not have', () => {
    const source = {
      article: 'qyzylordada-koalitsiya-quryldy',
      paragraph: 42,
      quote: { kk: '200-ден аса', ru: 'более 200' },
    };
    expect(problemsOf(withChange('figures', 'volunteers', { source }))).toContainEqual(
      problem(
        'content/figures/volunteers.yaml',
        'source.paragraph',
        '42-абзац жоқ (барлығы 8 абзац)',
        'нет абзаца 42 (всего абзацев: 8)',
      ),
    );
  });

  it('a figure whose value drifted from its source', () => {
    const problems = problemsOf(withChange('figures', 'planned-events', { value: 700 }));
    expect(problems).toContainEqual(
      problem('content/figures/planned-events.yaml', 'source.quote.kk', '700 саны жоқ', 'нет числа 700'),
    );
    expect(problems).toContainEqual(
      problem('content/figures/planned-events.yaml', 'source.quote.ru', '700 саны жоқ', 'нет числа 700'),
    );
  });

  it('a "more than" figure read as exact', () => {
    expect(problemsOf(withChange('figures', 'volunteers', { reading: 'exact' }))).toContainEqual(
      problem('content/figures/volunteers.yaml', 'reading', 'reading: more-than', 'reading: more-than'),
    );
  });

  it('an unknown value of a closed list', () => {
    expect(problemsOf(withChange('events', '2026-02-13-founding-session', { status: 'soon' }))).toEqual([
      problem(
        'content/events/2026-02-13-founding-session.yaml',
        'status',
        'мәндердің бірі болуы керек',
        'должно быть одним из значений',
      ),
    ]);
  });

  it("a planned event's outcome (only a held one records who came)", () => {
    const planned = fixture.events.find((e) => (e as { status?: string }).status === 'planned') as { id: string };
    expect(problemsOf(withChange('events', planned.id, { participants: 40 }))).toEqual([
      problem(`content/events/${planned.id}.yaml`, 'participants', 'тек өткен іс-шараға', 'только для проведённого'),
    ]);
  });

  it('an article on an unknown topic', () => {
    expect(problemsOf(withChange('news', 'synaq-03/ru', { topics: ['adam-quqyqtary', 'no-such-topic'] }))).toEqual([
      problem('content/news/synaq-03/index.ru.md', 'topics[1]', '«no-such-topic» жоқ', 'нет «no-such-topic»'),
    ]);
  });

  it('an article naming an unknown person', () => {
    expect(problemsOf(withChange('news', 'synaq-03/ru', { people: ['zhandos-bazartai', 'nobody'] }))).toEqual([
      problem('content/news/synaq-03/index.ru.md', 'people[1]', 'Қатысушылар: «nobody» жоқ', 'Участники: нет «nobody»'),
    ]);
  });

  it("one speaker's words not credited to them, or credited to someone the paragraph does not name", () => {
    const quoted = fixture.topics.find((t) => (t as { id: string }).id === 'zan-ustemdigi') as {
      source: Record<string, unknown>;
    };
    const { saidBy: _, ...uncredited } = quoted.source;
    expect(problemsOf(withChange('topics', 'zan-ustemdigi', { source: uncredited }))).toEqual([
      problem('content/topics/zan-ustemdigi.yaml', 'source.saidBy', '«Кімнің сөзі»', '«Чьи это слова»'),
    ]);
    const misattributed = { ...quoted.source, saidBy: 'talgat-teleubaev' };
    // Once for each translation of the article, each with the name as it is written there.
    expect(problemsOf(withChange('topics', 'zan-ustemdigi', { source: misattributed }))).toEqual([
      problem(
        'content/topics/zan-ustemdigi.yaml',
        'source.saidBy',
        '«Талғат Телеубаев» аталмайды',
        'index.kk.md не упоминается',
      ),
      problem(
        'content/topics/zan-ustemdigi.yaml',
        'source.saidBy',
        '«Талгат Телеубаев» аталмайды',
        'index.ru.md не упоминается',
      ),
    ]);
  });

  it('a person whose cited paragraph does not name them, with the paragraph that does', () => {
    const source = { article: 'qyzylordada-koalitsiya-quryldy', paragraph: 2 };
    expect(problemsOf(withChange('people', 'talgat-teleubaev', { source }))).toContainEqual(
      problem(
        'content/people/talgat-teleubaev.yaml',
        'source.paragraph',
        '«Талғат Телеубаев» аталмайды: ол енді 4-абзацта',
        'теперь это абзац 4',
      ),
    );
  });
});
