import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { saysMoreThan, statesNumber } from '@/lib/content/source-text';
import { address, choice, type Localized, localized, order, quotedSource, type QuotedSource } from '../fields';
import { byOrder, defineKind, withoutSource, yamlFiles } from '../kind';
import { say } from '../messages';

/**
 * The figures the source article states (349, 200+, 695, 300+…), one file each: figures/<id>.yaml.
 * Each quotes its paragraph; the build checks the quote is there, states the value and agrees on
 * "more than".
 */

export const figureReadings = ['exact', 'more-than'] as const;
export const figureScopes = ['regional', 'national'] as const;

export type Figure = {
  id: string;
  address?: string;
  value: number;
  reading: (typeof figureReadings)[number];
  scope: (typeof figureScopes)[number];
  label: Localized;
  source: QuotedSource;
  order: number;
};

export const figures = defineKind({
  key: 'figures',
  name: 'Figure',
  label: { one: { kk: 'Сан', ru: 'Цифра' }, many: { kk: 'Сандар', ru: 'Цифры' } },
  ...yamlFiles('figures'),
  fields: z.strictObject({
    address: address(),
    value: z
      .number()
      .int()
      .positive()
      .meta({ label: { kk: 'Сан', ru: 'Число' } }),
    reading: choice(figureReadings, {
      label: { kk: 'Қалай оқылады', ru: 'Как читается' },
      options: { exact: { kk: 'Дәл сан', ru: 'Точное число' }, 'more-than': { kk: '«…-ден астам»', ru: '«более …»' } },
    }),
    scope: choice(figureScopes, {
      label: { kk: 'Неге қатысты', ru: 'К чему относится' },
      options: { regional: { kk: 'Облыс', ru: 'Область' }, national: { kk: 'Бүкіл ел', ru: 'Вся страна' } },
    }),
    label: localized({ label: { kk: 'Не саналады', ru: 'Что считается' } }),
    source: quotedSource({
      label: { kk: 'Дереккөзі', ru: 'Источник' },
      hint: { kk: 'Санды айтатын абзац және оның сөздері', ru: 'Абзац, где названо число, и его слова' },
    }),
    order: order(),
  }),
  entry: (doc): Figure => withoutSource(doc),
  sort: byOrder,
  rules: [
    {
      kk: 'Дәйексөзде сан жазылған болуы керек; «…-ден астам/аса» болса, «Қалай оқылады» — «…-ден астам».',
      ru: 'В цитате должно быть это число; если там «более/свыше», «Как читается» — «более …».',
    },
  ],
  check: (figures, { source, problem }) => {
    for (const figure of figures) {
      source(figure, figure.source, 'source');
      for (const locale of routing.locales) {
        const quote = figure.source.quote[locale];
        if (!statesNumber(quote, figure.value, locale)) problem(figure, `source.quote.${locale}`, say.quoteLacksValue(figure.value));
        if (saysMoreThan(quote, locale) !== (figure.reading === 'more-than')) {
          problem(figure, 'reading', figure.reading === 'more-than' ? say.quoteLacksMoreThan(locale) : say.quoteSaysMoreThan(locale));
        }
      }
    }
  },
  editor: { summary: '{{value}} · {{label.kk}}' },
});

declare module '../kind' {
  interface Entries {
    figures: Figure;
  }
}
