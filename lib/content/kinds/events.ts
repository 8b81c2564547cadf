import { z } from 'zod';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { eventLabels } from '@/lib/events/labels';
import {
  awaitsReport,
  type CoalitionEvent,
  eventFormats,
  eventListSegments,
  eventStatuses,
  formatKeys,
  statusKeys,
} from '@/lib/events/model';
import { formatEventWhen, isoDateInZone } from '@/lib/format/dates';
import {
  choice,
  dayOrTime,
  localized,
  photoInBothLanguages,
  ref,
  slugSchema,
  topicsField,
} from '../fields';
import { defineKind, fileId, yamlFiles } from '../kind';
import { say } from '../messages';

/** The events of the plan (695, the source says), one file each: events/<day>-<territory>.yaml. */

const words = <T extends Record<string, keyof typeof kk.Events>>(keys: T) =>
  Object.fromEntries(Object.entries(keys).map(([value, key]) => [value, { kk: kk.Events[key], ru: ru.Events[key] }])) as Record<
    keyof T,
    { kk: string; ru: string }
  >;

export const events = defineKind({
  key: 'events',
  name: 'Event',
  label: { one: { kk: 'Іс-шара', ru: 'Мероприятие' }, many: { kk: 'Іс-шаралар', ru: 'Мероприятия' } },
  ...yamlFiles('events'),
  fields: z.strictObject({
    title: localized({ label: { kk: 'Атауы', ru: 'Название' } }),
    start: dayOrTime({
      label: { kk: 'Басталуы', ru: 'Начало' },
      hint: { kk: '2026-03-05 немесе уақытымен 2026-03-05 18:30', ru: '2026-03-05 или со временем 2026-03-05 18:30' },
    }),
    end: dayOrTime({
      label: { kk: 'Аяқталуы', ru: 'Окончание' },
      hint: { kk: 'Белгілі болса: 2026-03-06 немесе 2026-03-05 20:00', ru: 'Если известно: 2026-03-06 или 2026-03-05 20:00' },
    }).optional(),
    venue: localized({ label: { kk: 'Орны', ru: 'Место' }, hint: { kk: 'Ғимарат, көше', ru: 'Здание, улица' } }),
    district: ref('districts', { label: { kk: 'Аумақ', ru: 'Территория' } }),
    format: choice(eventFormats, { label: { kk: 'Форматы', ru: 'Формат' }, options: words(formatKeys) }),
    status: choice(eventStatuses, {
      label: { kk: 'Күйі', ru: 'Статус' },
      options: words(statusKeys),
      hint: {
        kk: `Күні өткен соң: «${kk.Events.statusHeld}», «${kk.Events.statusPostponed}» немесе «${kk.Events.statusCancelled}»`,
        ru: `Когда дата прошла: «${ru.Events.statusHeld}», «${ru.Events.statusPostponed}» или «${ru.Events.statusCancelled}»`,
      },
    }),
    topics: topicsField(),
    article: ref('news', {
      label: { kk: 'Есеп мақаласы', ru: 'Статья-отчёт' },
      hint: { kk: 'Іс-шара туралы мақала, болса', ru: 'Статья о мероприятии, если есть' },
    }).optional(),
    photos: z
      .array(photoInBothLanguages({ label: { kk: 'Сурет', ru: 'Фото' } }))
      .default([])
      .meta({ label: { kk: 'Суреттер', ru: 'Фото' }, hint: { kk: 'Іс-шараның суреттері', ru: 'Фотографии мероприятия' } }),
    participants: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({
        label: { kk: 'Қатысқандар саны', ru: 'Число участников' },
        hint: { kk: 'Өткен іс-шараға: қанша тұрғын келді', ru: 'Для проведённого: сколько жителей пришло' },
      }),
    questionsRaised: z
      .number()
      .int()
      .min(0)
      .optional()
      .meta({
        label: { kk: 'Көтерілген сұрақтар мен пікірлер саны', ru: 'Прозвучало вопросов и мнений' },
        hint: { kk: 'Өткен іс-шарада айтылғаны', ru: 'Сколько прозвучало на проведённом мероприятии' },
      }),
    outcome: localized(
      {
        label: { kk: 'Қорытындысы', ru: 'Итоги' },
        hint: { kk: 'Не талқыланды, не ұсынылды: 1–3 сөйлем', ru: 'Что обсуждали, что предложили: 1–3 предложения' },
      },
      { long: true },
    ).optional(),
  }),
  path: {
    // The words after /events/ that name list pages are not event ids.
    id: {
      schema: slugSchema.refine((s) => !eventListSegments.includes(s), { params: { code: 'reservedSlug' } }),
      resolve: fileId,
    },
  },
  entry: ({ _raw, body: _, ...event }, { photos, problem }): CoalitionEvent => ({
    ...event,
    photos: event.photos.map((p, i) => {
      const photo = photos?.(p.src, _raw.sourceFilePath);
      if (photos && !photo) problem(`photos[${i}].src`, say.photoNotMade());
      return photo ? { ...p, photo } : p;
    }),
  }),
  sort: (a, b) => a.start.instant.localeCompare(b.start.instant) || a.id.localeCompare(b.id),
  check: (events, { today, problem, warn }) => {
    for (const event of events) {
      if (event.end && event.end.instant < event.start.instant) problem(event, 'end', say.endBeforeStart());
      const day = isoDateInZone(event.start.instant);
      if (event.status === 'held' && day > today) problem(event, 'status', say.heldInFuture(day));
      if (event.status !== 'held')
        for (const field of ['participants', 'questionsRaised', 'outcome'] as const)
          if (event[field] !== undefined) problem(event, field, say.outcomeNotHeld());
      if (awaitsReport(event, today)) warn(event, 'status', say.plannedInPast(day));
    }
  },
  page: { route: '/events/[id]', params: (e) => ({ id: e.id }) },
  search: (event, locale, content) => {
    const labels = eventLabels(locale);
    return {
      title: event.title[locale],
      passages: [
        [
          formatEventWhen(event.start, event.end, locale),
          event.venue[locale],
          content.districts.find((d) => d.id === event.district)?.name[locale] ?? '',
        ].join(' · '),
        [labels.format(event.format), labels.status(event)].join(' · '),
      ],
      date: event.start.instant,
    };
  },
  editor: {
    summary: '{{start}} · {{title.kk}}',
    // Named by their day and territory, both as the content writes them.
    slug: "{{fields.start | date('YYYY-MM-DD')}}-{{fields.district}}",
    // Says, before saving, when a planned event's day has passed.
    widgets: { status: 'event-status' },
  },
});

declare module '../kind' {
  interface Entries {
    events: CoalitionEvent;
  }
}
