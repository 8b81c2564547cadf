import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { Looked } from '@/lib/feedback/lookup';
import { statusResult } from '@/lib/feedback/status-view';

// What a resident who entered their reference is shown (lib/feedback/status-view.tsx), rendered.
const words = (questionOnSite = false): Parameters<typeof statusResult>[0] => ({
  t: (key, values) => `${key}${values ? ` ${JSON.stringify(values)}` : ''}`,
  locale: 'ru',
  names: {
    kind: (id) => `kind:${id}`,
    topic: (id) => `topic:${id}`,
    district: (id) => `district:${id}`,
    event: (id) => (id === 'known' ? 'Встреча' : undefined),
    recipient: (id) => `recipient:${id}`,
  },
  questionOnSite: () => questionOnSite,
});

const looked: Looked = {
  found: true,
  createdAt: '2026-03-01T04:00:00Z',
  kind: 'proposal',
  topic: 'values',
  district: 'aral',
  event: 'known',
  status: 'published',
  answer: { kk: 'Жауап', ru: 'Ответ <b>жирный</b>', at: '2026-03-03T04:00:00Z' },
  published: { at: '2026-03-04T04:00:00Z', id: '2026-03-04-abcdefgh' },
  steps: [
    { kind: 'passed-on', day: '2026-03-02', recipient: 'commission', note: null },
    { kind: 'not-supported', day: '2026-03-05', recipient: null, note: { kk: 'Себебі', ru: 'Причина' } },
    {
      kind: 'same-as',
      day: '2026-03-01',
      recipient: null,
      note: null,
      theirs: [{ kind: 'taken-into-account', day: '2026-03-06', recipient: null, note: { kk: 'Иә', ru: 'Да' } }],
    },
  ],
};

const items = (html: string) =>
  [...html.matchAll(/<li class="border-b[^>]*>([\s\S]*?)<\/li>(?=<li class="border-b|<\/ol>)/g)].map((m) => m[1]!);

describe('the lookup result', () => {
  it('lists what happened in the order it happened, each with its day and its words', () => {
    const html = toHtml(statusResult(words(), looked));
    const timeline = items(html);
    expect(timeline.map((item) => /<time dateTime="([\d-]+)"/i.exec(item)?.[1])).toEqual([
      '2026-03-01',
      '2026-03-01',
      '2026-03-02',
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
    ]);
    expect(timeline[0]).toContain('timeline.received');
    expect(timeline[1]).toContain('timeline.same-as');
    expect(timeline[1]).toContain('timeline.taken-into-account');
    expect(timeline[1]).toContain('Да');
    expect(timeline[2]).toContain('recipient:commission');
    expect(timeline[5]).toContain('reason {"note":"Причина"}');
  });

  it('shows the answer in the reader’s language as text, and links the published answer once the site has it', () => {
    const html = toHtml(statusResult(words(), looked));
    expect(html).toContain('Ответ &#x3C;b>жирный&#x3C;/b>');
    expect(html).toContain('now.published');
    expect(html).not.toContain('/ru/questions/');
    expect(toHtml(statusResult(words(true), looked))).toContain('href="/ru/questions/2026-03-04-abcdefgh"');
    expect(html).toContain('href="/ru/events/known"');
  });

  it('says a deleted message was deleted, and nothing more', () => {
    const html = toHtml(statusResult(words(), { found: false, deletedAt: '2026-03-07T04:00:00Z' }));
    expect(html).toContain('deleted');
    expect(html).not.toContain('result-title');
  });
});
