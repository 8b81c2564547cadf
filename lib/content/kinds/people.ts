import { z } from 'zod';
import { address, type Localized, localized, order, ref, source, type SourceRef } from '../fields';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';

/**
 * The people of the coalition the source article names, one file each: people/<id>.yaml. Each cites
 * the paragraph of the article that names them (the build checks it does).
 */

export type Person = {
  id: string;
  address?: string;
  name: Localized;
  party?: string;
  roles: Localized[];
  coalitionRole?: Localized;
  source: SourceRef;
  order: number;
};

export const people = defineKind({
  key: 'people',
  name: 'Person',
  label: { one: { kk: 'Қатысушы', ru: 'Участник' }, many: { kk: 'Қатысушылар', ru: 'Участники' } },
  ...yamlFiles('people'),
  fields: z.strictObject({
    address: address(),
    name: localized({ label: { kk: 'Аты-жөні', ru: 'Имя и фамилия' } }),
    party: ref('parties', { label: { kk: 'Партиясы', ru: 'Партия' } }).optional(),
    roles: z
      .array(localized({ label: { kk: 'Лауазымы', ru: 'Должность' } }))
      .min(1)
      .meta({ label: { kk: 'Лауазымдары', ru: 'Должности' } }),
    coalitionRole: localized({ label: { kk: 'Коалициядағы рөлі', ru: 'Роль в коалиции' } }).optional(),
    source: source({
      label: { kk: 'Дереккөзі', ru: 'Источник' },
      hint: {
        kk: 'Адамның толық аты жазылған мақала абзацы (#p-3 → 3): онсыз сақталмайды',
        ru: 'Абзац статьи, где названо полное имя человека (#p-3 → 3): без него запись не пройдёт проверку',
      },
    }),
    order: order(),
  }),
  entry: (doc): Person => withoutSource(doc),
  sort: byOrder,
  rules: [
    {
      kk: 'Дереккөздегі абзацта адамның аты-жөні екі тілде де дәл осылай жазылған болуы керек.',
      ru: 'В абзаце-источнике имя человека должно быть написано именно так, на обоих языках.',
    },
  ],
  check: (people, { source }) => {
    for (const person of people) source(person, person.source, 'source', person.name);
  },
  page: { route: '/people/[id]', params: (p) => ({ id: p.id }) },
  search: (person, locale, content) => ({
    title: person.name[locale],
    passages: [
      [...person.roles.map((r) => r[locale]), person.coalitionRole?.[locale] ?? ''].filter(Boolean).join('; '),
      content.parties.find((p) => p.id === person.party)?.name[locale] ?? '',
    ],
  }),
  editor: { summary: '{{name.kk}} · {{name.ru}}' },
});

declare module '../kind' {
  interface Entries {
    people: Person;
  }
}
