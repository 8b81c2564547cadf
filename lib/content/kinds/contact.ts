import { z } from 'zod';
import { choice, type Localized, localized, text } from '../fields';
import { defineKind } from '../kind';
import { say } from '../messages';

/**
 * How to reach the coalition, one file: contact/contact.yaml, as the press office enters it (none of it
 * may be invented): its channels, office hours, and the operator of residents' personal data. With no
 * operator the site's form asks for no contact details (Law of the Republic of Kazakhstan No. 94-V on
 * personal data, art. 8: consent names the operator).
 */

export const channelKinds = ['phone', 'email', 'address', 'telegram', 'whatsapp', 'website'] as const;
export type ChannelKind = (typeof channelKinds)[number];

export type Channel = { kind: ChannelKind; value: string; note?: Localized };
export type Contact = {
  channels: Channel[];
  hours?: Localized;
  operator?: { name: Localized; address: Localized; details?: string };
};

/** What each kind of channel must look like, and the link it becomes. */
export const channelForms: Record<ChannelKind, { pattern: RegExp; href?: (value: string) => string }> = {
  phone: { pattern: /^\+7 ?\(?\d{3}\)? ?\d{3}[- ]?\d{2}[- ]?\d{2}$/, href: (v) => `tel:${v.replace(/[^\d+]/g, '')}` },
  email: { pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, href: (v) => `mailto:${v}` },
  address: { pattern: /\S/ },
  telegram: { pattern: /^@[A-Za-z0-9_]{5,32}$/, href: (v) => `https://t.me/${v.slice(1)}` },
  whatsapp: { pattern: /^\+7 ?\(?\d{3}\)? ?\d{3}[- ]?\d{2}[- ]?\d{2}$/, href: (v) => `https://wa.me/${v.replace(/\D/g, '')}` },
  website: { pattern: /^https:\/\/[^\s]+$/, href: (v) => v },
};

/** Each kind of channel as the editor offers it and the contact page names it. */
export const channelWords: Record<ChannelKind, { kk: string; ru: string }> = {
  phone: { kk: 'Телефон', ru: 'Телефон' },
  email: { kk: 'Электрондық пошта', ru: 'Электронная почта' },
  address: { kk: 'Мекенжай', ru: 'Адрес' },
  telegram: { kk: 'Telegram', ru: 'Telegram' },
  whatsapp: { kk: 'WhatsApp', ru: 'WhatsApp' },
  website: { kk: 'Сайт', ru: 'Сайт' },
};

export const contact = defineKind({
  key: 'contact',
  name: 'Contact',
  label: { one: { kk: 'Байланыс', ru: 'Контакты' }, many: { kk: 'Байланыс', ru: 'Контакты' } },
  files: { dir: 'contact', pattern: 'contact/contact.yaml', holds: 'contact.yaml', singleton: true, optional: true },
  fields: z.strictObject({
    channels: z
      .array(
        z
          .strictObject({
            kind: choice(channelKinds, { label: { kk: 'Түрі', ru: 'Вид' }, options: channelWords }),
            value: text({
              label: { kk: 'Мәні', ru: 'Значение' },
              hint: {
                kk: 'Телефон: +7 724 200 00 00; Telegram: @атауы; сайт: https://…',
                ru: 'Телефон: +7 724 200 00 00; Telegram: @имя; сайт: https://…',
              },
            }),
            note: localized({
              label: { kk: 'Түсіндірме', ru: 'Пояснение' },
              hint: { kk: 'Мысалы: баспасөз қызметі', ru: 'Например: пресс-служба' },
            }).optional(),
          })
          .meta({ label: { kk: 'Байланыс жолы', ru: 'Способ связи' } }),
      )
      .default([])
      .meta({ label: { kk: 'Байланыс тәсілдері', ru: 'Способы связи' } }),
    hours: localized({
      label: { kk: 'Жұмыс уақыты', ru: 'Часы работы' },
      hint: { kk: 'Мысалы: дүйсенбі–жұма, 9:00–18:00', ru: 'Например: понедельник–пятница, 9:00–18:00' },
    }).optional(),
    operator: z
      .strictObject({
        name: localized({ label: { kk: 'Атауы', ru: 'Название' } }),
        address: localized({ label: { kk: 'Мекенжайы', ru: 'Адрес' } }),
        details: text({ label: { kk: 'Деректемелері', ru: 'Реквизиты' }, hint: { kk: 'БСН', ru: 'БИН' } }).optional(),
      })
      .optional()
      .meta({
        label: { kk: 'Дербес деректер операторы', ru: 'Оператор персональных данных' },
        hint: {
          kk: 'Тұрғындардың байланыс деректерін сақтайтын ұйым. Толтырылмаса, сайттың формасы байланыс деректерін сұрамайды',
          ru: 'Организация, которая хранит контактные данные жителей. Если не заполнено, форма сайта не спрашивает контакты',
        },
      }),
  }),
  path: {},
  entry: ({ _raw: _, body: __, ...contact }): Contact => contact,
  id: () => 'contact',
  sort: () => 0,
  check: ([contact], { problem }) => {
    contact?.channels.forEach((channel, i) => {
      if (!channelForms[channel.kind].pattern.test(channel.value.trim()))
        problem(contact, `channels[${i}].value`, say.channelForm(channelWords[channel.kind]));
    });
  },
  editor: { summary: 'contact' },
});

declare module '../kind' {
  interface Entries {
    contact: Contact;
  }
}
