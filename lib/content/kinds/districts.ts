import { z } from 'zod';
import { path } from '@/lib/site/routes';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { address, type Localized, localized, order } from '../fields';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';

/** The territories of the region the events are held in, one file each: districts/<id>.yaml. */

const words = { kk, ru };

export type District = { id: string; address?: string; name: Localized; order: number; river?: number };

export const districts = defineKind({
  key: 'districts',
  name: 'District',
  label: { one: { kk: 'Аумақ', ru: 'Территория' }, many: { kk: 'Аумақтар', ru: 'Территории' } },
  ...yamlFiles('districts'),
  fields: z.strictObject({
    address: address(),
    name: localized({ label: { kk: 'Аумақтың атауы', ru: 'Название территории' } }),
    order: order(),
    river: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta({
        label: { kk: 'Сырдария бойындағы реті', ru: 'Порядок вдоль Сырдарьи' },
        hint: {
          kk: 'Аралдан Жаңақорғанға қарай: 1 — Арал. Есептердің картасы осы ретпен салынады',
          ru: 'От Арала к Жанакоргану: 1 — Арал. По нему рисуется схема в отчётах',
        },
      }),
  }),
  entry: (doc): District => withoutSource(doc),
  sort: byOrder,
  // A territory is found as its list of events.
  search: (district, locale) => ({
    title: district.name[locale],
    passages: [words[locale].Events.title],
    href: path('/events/district/[district]/[[...page]]', { district: district.id }),
    label: words[locale].Search.kindDistrict,
  }),
  editor: { summary: '{{name.kk}} · {{name.ru}}' },
});

declare module '../kind' {
  interface Entries {
    districts: District;
  }
}
