import { z } from 'zod';
import { readReference } from '@/lib/feedback/reference';
import { address, day, type Localized, localized, ref, slugSchema } from '../fields';
import { defineKind, fileId, withoutSource, yamlFiles } from '../kind';

/**
 * Residents' questions the press office answered and published (docs/inbox.md), one file each:
 * questions/<id>.yaml, written by the inbox as a pull request on the git host, or by hand. The
 * question as published carries nothing personal: the inbox asks the press office to write it so. Its
 * id is never the resident's reference number (which deletes the message): a name that reads as one
 * is refused.
 */

export type Question = {
  id: string;
  address?: string;
  question: Localized;
  answer: Localized;
  topic?: string;
  district?: string;
  event?: string;
  asked: string;
  answered: string;
};

export const questions = defineKind({
  key: 'questions',
  name: 'Question',
  label: { one: { kk: 'Сұрақ пен жауап', ru: 'Вопрос и ответ' }, many: { kk: 'Сұрақтар мен жауаптар', ru: 'Вопросы и ответы' } },
  ...yamlFiles('questions'),
  path: {
    id: {
      schema: slugSchema.refine((s) => !readReference(s), { params: { code: 'referenceAsName' } }),
      resolve: fileId,
    },
  },
  fields: z.strictObject({
    address: address(),
    question: localized(
      {
        label: { kk: 'Сұрақ', ru: 'Вопрос' },
        hint: { kk: 'Тұрғынның аты-жөнінсіз, байланысынсыз', ru: 'Без имени и контактов жителя' },
      },
      { long: true },
    ),
    answer: localized({ label: { kk: 'Жауап', ru: 'Ответ' } }, { long: true }),
    topic: ref('topics', { label: { kk: 'Тақырыбы', ru: 'Тема' } }).optional(),
    district: ref('districts', { label: { kk: 'Аумақ', ru: 'Территория' } }).optional(),
    event: ref('events', { label: { kk: 'Іс-шара', ru: 'Мероприятие' } }).optional(),
    asked: day({ label: { kk: 'Сұралған күні', ru: 'Дата вопроса' } }),
    answered: day({ label: { kk: 'Жауап берілген күні', ru: 'Дата ответа' } }),
  }),
  entry: (doc): Question => withoutSource(doc),
  // Newest answers first.
  sort: (a, b) => b.answered.localeCompare(a.answered) || a.id.localeCompare(b.id),
  page: { route: '/questions/[id]', params: (q) => ({ id: q.id }), lastModified: (q) => q.answered },
  search: (q, locale) => ({ title: q.question[locale], passages: [q.answer[locale]], date: q.answered }),
  editor: { summary: '{{answered}} · {{question.kk}}' },
});

declare module '../kind' {
  interface Entries {
    questions: Question;
  }
}
