import { z } from 'zod';
import { atStart } from '@/lib/format/capitalize';
import { address, type Localized, localized, order } from '../fields';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';

/** The parties whose regional branches are in the coalition, one file each: parties/<id>.yaml. */

export type Party = { id: string; name: Localized; order: number; address?: string };

export const parties = defineKind({
  key: 'parties',
  name: 'Party',
  label: { one: { kk: 'Партия', ru: 'Партия' }, many: { kk: 'Партиялар', ru: 'Партии' } },
  ...yamlFiles('parties'),
  fields: z.strictObject({
    address: address(),
    name: localized({ label: { kk: 'Партияның атауы', ru: 'Название партии' } }),
    order: order(),
  }),
  entry: (doc): Party => withoutSource(doc),
  sort: byOrder,
  page: { route: '/parties/[id]', params: (p) => ({ id: p.id }) },
  search: (party, locale, content) => ({
    title: atStart(party.name[locale], locale),
    passages: [
      content.people
        .filter((p) => p.party === party.id)
        .map((p) => p.name[locale])
        .join(', '),
    ],
  }),
  editor: { summary: '{{name.kk}} · {{name.ru}}' },
});

declare module '../kind' {
  interface Entries {
    parties: Party;
  }
}
