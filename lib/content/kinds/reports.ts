import { z } from 'zod';
import { submissionKinds } from '@/lib/db/schema';
import { choice, day, type Localized, localized, ref, slugSchema } from '../fields';
import { defineKind, withoutSource, yamlFiles } from '../kind';
import { say } from '../messages';

/**
 * What residents said in a period and what the coalition did with it, one file each:
 * reports/<id>.yaml. The inbox writes it (docs/inbox.md: a report) as a pull request, reviewed like
 * any article: the figures counted from the database on its day, and the items, each a proposal as
 * the press office wrote it for publication with the coalition's position and outcome. Nothing
 * personal, and no group small enough to pick a resident out: a count of 1 to 4 is left out
 * (`count` empty), and so is the next smallest of a list where only one was, so that a total cannot
 * give it away.
 */

/** Where a message stands in a report: its last step, or answered, or nothing decided yet. */
export const reportOutcomes = ['passed-on', 'taken-into-account', 'not-supported', 'same-as', 'answered', 'none'] as const;
export type ReportOutcome = (typeof reportOutcomes)[number];
/** What became of a proposal the report sums up. */
export const itemOutcomes = ['passed-on', 'taken-into-account', 'not-supported', 'under-consideration'] as const;
export type ItemOutcome = (typeof itemOutcomes)[number];
/** The smallest count a report shows. */
export const SMALLEST_SHOWN = 5;

const outcomeWords: Record<ReportOutcome | ItemOutcome, Localized> = {
  'passed-on': { kk: 'Жолданды', ru: 'Передано' },
  'taken-into-account': { kk: 'Ескерілді', ru: 'Учтено' },
  'not-supported': { kk: 'Қолдау таппады', ru: 'Не поддержано' },
  'same-as': { kk: 'Басқа хабарламамен бірдей', ru: 'Совпадает с другим' },
  answered: { kk: 'Жауап берілді', ru: 'Дан ответ' },
  none: { kk: 'Әлі шешілмеген', ru: 'Ещё не решено' },
  'under-consideration': { kk: 'Қаралуда', ru: 'Рассматривается' },
};
export const outcomeLabel = (outcome: ReportOutcome | ItemOutcome) => outcomeWords[outcome];

const count = () =>
  z
    .number()
    .int()
    .min(SMALLEST_SHOWN)
    .optional()
    .meta({
      label: { kk: 'Саны', ru: 'Количество' },
      hint: { kk: 'Бос: 1–4 (тұрғынды тануға болмайтындай)', ru: 'Пусто: от 1 до 4 (чтобы нельзя было узнать жителя)' },
    });
const breakdown = <K extends string>(key: K, of: z.ZodType, label: Localized) =>
  z.array(z.strictObject({ [key]: of, count: count() } as Record<K | 'count', z.ZodType>)).meta({ label });

export type Count = { count?: number };
export type Figures = {
  received: number;
  kinds: ({ kind: string } & Count)[];
  topics: ({ topic: string } & Count)[];
  districts: ({ district: string } & Count)[];
  outcomes: ({ outcome: ReportOutcome } & Count)[];
};
export type ReportItem = {
  proposal: Localized;
  position: Localized;
  messages: number;
  outcome: ItemOutcome;
  recipient?: string;
  day?: string;
  reason?: Localized;
  topic?: string;
  event?: string;
  question?: string;
};
export type Report = {
  id: string;
  title: Localized;
  summary?: Localized;
  from: string;
  to: string;
  counted: string;
  figures: Figures;
  items: ReportItem[];
};

const group = slugSchema.meta({ label: { kk: 'Коды', ru: 'Код' } });

export const reports = defineKind({
  key: 'reports',
  name: 'Report',
  label: { one: { kk: 'Есеп', ru: 'Отчёт' }, many: { kk: 'Есептер', ru: 'Отчёты' } },
  ...yamlFiles('reports'),
  fields: z.strictObject({
    title: localized({ label: { kk: 'Атауы', ru: 'Название' } }),
    summary: localized({ label: { kk: 'Қысқаша', ru: 'Кратко' } }, { long: true }).optional(),
    from: day({ label: { kk: 'Кезеңнің басы', ru: 'Начало периода' } }),
    to: day({ label: { kk: 'Кезеңнің соңы', ru: 'Конец периода' } }),
    counted: day({ label: { kk: 'Санақ күні', ru: 'Дата подсчёта' } }),
    figures: z
      .strictObject({
        received: z
          .number()
          .int()
          .min(0)
          .meta({ label: { kk: 'Келген хабарламалар', ru: 'Получено сообщений' } }),
        kinds: breakdown(
          'kind',
          choice(submissionKinds, {
            label: { kk: 'Түрі', ru: 'Вид' },
            options: {
              question: { kk: 'Сұрақ', ru: 'Вопрос' },
              opinion: { kk: 'Пікір', ru: 'Мнение' },
              proposal: { kk: 'Ұсыныс', ru: 'Предложение' },
              volunteer: { kk: 'Ерікті', ru: 'Волонтёр' },
            },
          }),
          { kk: 'Түрлері бойынша', ru: 'По видам' },
        ),
        topics: breakdown('topic', group, { kk: 'Тақырыптар бойынша', ru: 'По темам' }),
        districts: breakdown('district', group, { kk: 'Аумақтар бойынша', ru: 'По территориям' }),
        outcomes: breakdown(
          'outcome',
          choice(reportOutcomes, { label: { kk: 'Нәтижесі', ru: 'Итог' }, options: outcomeWords }),
          { kk: 'Нәтижелері бойынша', ru: 'По итогам' },
        ),
      })
      .meta({ label: { kk: 'Сандар (хабарламалар бөлімі санайды)', ru: 'Цифры (считает раздел сообщений)' } }),
    items: z
      .array(
        z.strictObject({
          proposal: localized({ label: { kk: 'Тұрғындар не ұсынды', ru: 'Что предложили жители' } }, { long: true }),
          position: localized({ label: { kk: 'Коалицияның ұстанымы', ru: 'Позиция коалиции' } }, { long: true }),
          messages: z
            .number()
            .int()
            .min(1)
            .meta({ label: { kk: 'Хабарламалар саны', ru: 'Сколько сообщений' } }),
          outcome: choice(itemOutcomes, { label: { kk: 'Нәтижесі', ru: 'Итог' }, options: outcomeWords }),
          recipient: ref('recipients', { label: { kk: 'Кімге жолданды', ru: 'Кому передано' } }).optional(),
          day: day({ label: { kk: 'Күні', ru: 'Дата' } }).optional(),
          reason: localized({ label: { kk: 'Себебі', ru: 'Причина' } }, { long: true }).optional(),
          topic: ref('topics', { label: { kk: 'Тақырыбы', ru: 'Тема' } }).optional(),
          event: ref('events', { label: { kk: 'Іс-шара', ru: 'Мероприятие' } }).optional(),
          question: ref('questions', { label: { kk: 'Жарияланған жауап', ru: 'Опубликованный ответ' } }).optional(),
        }),
      )
      .default([])
      .meta({ label: { kk: 'Ұсыныстар', ru: 'Предложения' } }),
  }),
  // The breakdowns are declared by one helper, whose field names zod cannot infer.
  entry: (doc): Report => withoutSource(doc) as unknown as Report,
  // The latest period first.
  sort: (a, b) => b.to.localeCompare(a.to) || a.id.localeCompare(b.id),
  page: { route: '/reports/[id]', params: (r) => ({ id: r.id }), lastModified: (r) => r.counted },
  check: (reports, { problem, content }) => {
    const topics = new Set([...content.topics.map((t) => t.id), 'other', 'none']);
    const districts = new Set([...content.districts.map((d) => d.id), 'other', 'none']);
    for (const report of reports) {
      if (report.to < report.from) problem(report, 'to', say.periodBackwards());
      report.figures.topics.forEach((t, i) => {
        if (!topics.has(t.topic)) problem(report, `figures.topics[${i}].topic`, say.oneOf([...topics]));
      });
      report.figures.districts.forEach((d, i) => {
        if (!districts.has(d.district)) problem(report, `figures.districts[${i}].district`, say.oneOf([...districts]));
      });
      report.items.forEach((item, i) => {
        if (item.outcome === 'not-supported' && !item.reason) problem(report, `items[${i}].reason`, say.reasonMissing());
        if (item.outcome === 'passed-on' && !item.recipient)
          problem(report, `items[${i}].recipient`, say.recipientMissing());
      });
    }
  },
  search: (report, locale) => ({
    title: report.title[locale],
    passages: report.items.map((item) => item.proposal[locale]),
    date: report.counted,
  }),
  editor: { summary: '{{to}} · {{title.kk}}' },
});

declare module '../kind' {
  interface Entries {
    reports: Report;
  }
}
