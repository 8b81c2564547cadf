import { z } from 'zod';
import { type Localized, localized, order, quotedSource, type QuotedSource } from '../fields';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';

/**
 * Where the coalition passes residents' proposals on (a commission, a body, a party's branch), one
 * file each: recipients/<id>.yaml. The inbox offers them when an editor records that a message was
 * passed on; a resident who looks up their message sees the name. Each is named as the source
 * article names it, quoted from its paragraph.
 */

export type Recipient = { id: string; name: Localized; source: QuotedSource; order: number };

export const recipients = defineKind({
  key: 'recipients',
  name: 'Recipient',
  label: {
    one: { kk: 'Ұсыныс жолданатын орган', ru: 'Адресат предложений' },
    many: { kk: 'Ұсыныстар жолданатын органдар', ru: 'Адресаты предложений' },
  },
  ...yamlFiles('recipients'),
  fields: z.strictObject({
    name: localized({ label: { kk: 'Атауы', ru: 'Название' } }),
    source: quotedSource({
      label: { kk: 'Дереккөзі', ru: 'Источник' },
      hint: { kk: 'Органды атайтын мақала абзацы және оның сөздері', ru: 'Абзац статьи, где назван адресат, и его слова' },
    }),
    order: order(),
  }),
  entry: (doc): Recipient => withoutSource(doc),
  sort: byOrder,
  check: (recipients, { source }) => {
    for (const recipient of recipients) source(recipient, recipient.source, 'source');
  },
  editor: { summary: '{{name.kk}} · {{name.ru}}' },
});

declare module '../kind' {
  interface Entries {
    recipients: Recipient;
  }
}
