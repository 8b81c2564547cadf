import { z } from 'zod';
import { address, choice, type Localized, localized, order, quotedSource, type QuotedSource } from '../fields';
import { path } from '@/lib/site/routes';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';
import { say } from '../messages';

/**
 * What residents' questions, articles, events and published answers are about, one file each:
 * topics/<id>.yaml; each has its page, listing everything on it. Each is a subject the founding
 * session's speakers raised, quoted from its paragraph, and says how the article puts it (`raised`),
 * so that the list says nothing the article does not.
 */

/** How the article puts a topic: a goal the draft is said to agree with, something said to be done, or one speaker's words. */
export const topicRaisings = ['goal', 'done', 'speech'] as const;
export const raisedWords: Record<(typeof topicRaisings)[number], Localized> = {
  goal: {
    kk: 'Сөз алғандар жоба үндеседі деп атаған мақсат',
    ru: 'Цель, с которой, по словам выступивших, согласуется проект',
  },
  done: { kk: 'Отырыста жасалған іс ретінде айтылды', ru: 'На заседании названо как уже сделанное' },
  speech: { kk: 'Сөз алған қатысушының өз сөзі', ru: 'Слова одного из выступивших' },
};

export type Topic = {
  id: string;
  address?: string;
  name: Localized;
  description?: Localized;
  raised: (typeof topicRaisings)[number];
  source: QuotedSource;
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
    raised: choice(topicRaisings, { label: { kk: 'Мақалада қалай айтылған', ru: 'Как сказано в статье' }, options: raisedWords }),
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
  check: (topics, { source, problem }) => {
    for (const topic of topics) {
      source(topic, topic.source, 'source');
      if (topic.raised === 'speech' && !topic.source.saidBy) problem(topic, 'source.saidBy', say.speakerMissing);
    }
  },
  editor: { summary: '{{name.kk}} · {{name.ru}}' },
});

declare module '../kind' {
  interface Entries {
    topics: Topic;
  }
}
