import { z } from 'zod';
import { path } from '@/lib/site/routes';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { day, type Localized, localized, quotedSource, type QuotedSource } from '../fields';
import { defineKind } from '../kind';

/** The regional coalition itself, one file: coalition/coalition.yaml. Every statement quotes the article. */

export type Coalition = {
  founded: string;
  place: Localized;
  purpose: QuotedSource[];
  members: QuotedSource;
};

const words = { kk, ru };

const quoted = (label: { kk: string; ru: string }) => quotedSource({ label });

export const coalition = defineKind({
  key: 'coalition',
  name: 'Coalition',
  label: { one: { kk: 'Коалиция', ru: 'Коалиция' }, many: { kk: 'Коалиция', ru: 'Коалиция' } },
  files: { dir: 'coalition', pattern: 'coalition/coalition.yaml', holds: 'coalition.yaml', singleton: true },
  fields: z.strictObject({
    founded: day({ label: { kk: 'Құрылған күні', ru: 'Дата создания' } }),
    place: localized({ label: { kk: 'Құрылған жері', ru: 'Место создания' } }),
    purpose: z
      .array(quoted({ kk: 'Мақсаты', ru: 'Цель' }))
      .min(1)
      .meta({ label: { kk: 'Мақсаты (дәйексөздер)', ru: 'Цели (цитаты)' } }),
    members: quoted({ kk: 'Құрамы (дәйексөз)', ru: 'Состав (цитата)' }),
  }),
  path: {},
  entry: ({ _raw: _, body: __, ...coalition }): Coalition => coalition,
  id: () => 'coalition',
  sort: () => 0,
  check: ([coalition], { source }) => {
    if (!coalition) return;
    coalition.purpose.forEach((ref, i) => source(coalition, ref, `purpose[${i}]`));
    source(coalition, coalition.members, 'members');
  },
  // The page about the coalition: found by its name, its purpose and who founded it ("коалиция").
  search: (coalition, locale) => ({
    title: words[locale].Coalition.title,
    passages: [
      words[locale].Site.name,
      words[locale].Coalition.description,
      ...coalition.purpose.map((ref) => ref.quote[locale]),
      coalition.members.quote[locale],
    ],
    href: path('/coalition'),
  }),
  editor: { summary: '{{founded}}' },
});

declare module '../kind' {
  interface Entries {
    coalition: Coalition;
  }
}
