import { z } from 'zod';
import { address, type Localized, localized, order, quotedSource, type SourceRef } from '../fields';
import { path } from '@/lib/site/routes';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';

/**
 * What residents' questions, articles, events and published answers are about, one file each:
 * topics/<id>.yaml; each has its page, listing everything on it. Each is a subject of the draft as the source article names it, quoted from its
 * paragraph, so that the list says nothing the article does not.
 */

export type Topic = {
  id: string;
  address?: string;
  name: Localized;
  description?: Localized;
  source: Required<SourceRef>;
  order: number;
};

export const topics = defineKind({
  key: 'topics',
  name: 'Topic',
  label: { one: { kk: 'Тақырып', ru: 'Тема' }, many: { kk: 'Тақырыптар', ru: 'Темы' } },
  ...yamlFiles('topics'),
  fields: z.strictObject({
    address: address(),
    name: localized({ label: { kk: 'Тақырыптың атауы', ru: 'Название темы' } }),
    description: localized(
      { label: { kk: 'Сипаттамасы', ru: 'Описание' }, hint: { kk: '1–2 сөйлем', ru: '1–2 предложения' } },
      { long: true },
    ).optional(),
    source: quotedSource({
      label: { kk: 'Дереккөзі', ru: 'Источник' },
      hint: {
        kk: 'Тақырыпты атайтын мақала абзацы және оның сөздері',
        ru: 'Абзац статьи, где названа тема, и его слова',
      },
    }),
    order: order(),
  }),
  entry: (doc): Topic => withoutSource(doc),
  sort: byOrder,
  // A topic is found as its page: everything on it.
  search: (topic, locale) => ({
    title: topic.name[locale],
    passages: topic.description ? [topic.description[locale]] : [],
    href: path('/topics/[id]/[[...page]]', { id: topic.id }),
  }),
  check: (topics, { source }) => {
    for (const topic of topics) source(topic, topic.source, 'source');
  },
  editor: { summary: '{{name.kk}} · {{name.ru}}' },
});

declare module '../kind' {
  interface Entries {
    topics: Topic;
  }
}
