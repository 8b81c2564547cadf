import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { CalendarLabels } from '@/lib/seo/calendar';
import type { CoalitionEvent, EventFormat } from '@/lib/content/schema';

const formatKeys = {
  'meeting-with-residents': 'formatMeetingWithResidents',
  'explanatory-work': 'formatExplanatoryWork',
  'public-discussion': 'formatPublicDiscussion',
  'open-dialogue-platform': 'formatOpenDialoguePlatform',
  'coalition-session': 'formatCoalitionSession',
} as const satisfies Record<EventFormat, string>;

/** The four formats of the plan, in the order the article lists them. */
export const planFormats = [
  'meeting-with-residents',
  'explanatory-work',
  'public-discussion',
  'open-dialogue-platform',
] as const;

export async function eventLabels(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Events' });
  return {
    format: (format: EventFormat) => t(formatKeys[format]),
    status: (event: CoalitionEvent) => (event.status === 'held' ? t('statusHeld') : t('statusPlanned')),
    calendar: (calendarName: string): CalendarLabels => ({
      calendarName,
      formatLabel: (event) => t(formatKeys[event.format]),
      statusLabel: (event) => (event.status === 'held' ? t('statusHeld') : t('statusPlanned')),
    }),
  };
}
