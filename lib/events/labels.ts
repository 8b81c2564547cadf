import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/routing';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import type { District } from '@/lib/content/kinds/districts';
import { formatMonth, siteToday } from '@/lib/format/dates';
import { type CoalitionEvent, type EventFormat, formatKeys, statusKeys } from './model';
import { type EventFilter, shownStatus } from './schedule';

const messages = { kk, ru };

/** An event's format and status in the reader's words (also outside a request: the search index). */
export function eventLabels(locale: Locale) {
  const t = createTranslator({ locale, messages: messages[locale], namespace: 'Events' });
  return {
    format: (format: EventFormat) => t(formatKeys[format]),
    /** As of the build's day: a planned event whose day has passed "awaits a report". */
    status: (event: Pick<CoalitionEvent, 'status' | 'start' | 'end'>) => {
      const shown = shownStatus(event, siteToday());
      return t(shown === 'awaiting-report' ? 'statusAwaitingReport' : statusKeys[shown]);
    },
  };
}
export type EventLabels = ReturnType<typeof eventLabels>;

/** What a filter of the events list shows, in the reader's words: a territory, a format or a month. */
export function filterName(
  filter: EventFilter,
  locale: Locale,
  labels: EventLabels,
  districts: readonly District[],
): string {
  if (filter.kind === 'district') return districts.find((d) => d.id === filter.value)?.name[locale] ?? filter.value;
  if (filter.kind === 'format') return labels.format(filter.value);
  return formatMonth(filter.value, locale);
}
