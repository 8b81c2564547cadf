import type { Locale } from '@/i18n/routing';

export const SITE_TIME_ZONE = 'Asia/Qyzylorda';

const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

/** "2026 ж. 13 ақпан" / "13 февраля 2026 г." — the day as it was in Kyzylorda. */
export function formatLongDate(isoInstant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: SITE_TIME_ZONE,
  }).format(new Date(isoInstant));
}

function partsInZone(isoInstant: string) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: SITE_TIME_ZONE,
    timeZoneName: 'longOffset',
  }).formatToParts(new Date(isoInstant));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  // "GMT+05:00" → "+05:00"; a zero offset is printed as plain "GMT".
  const offset = get('timeZoneName').replace('GMT', '') || '+00:00';
  return {
    date: `${get('year')}-${get('month')}-${get('day')}`,
    time: `${get('hour')}:${get('minute')}:${get('second')}`,
    offset,
  };
}

/** "2026-02-13": the calendar day in Kyzylorda, for `<time dateTime>` and sitemaps. */
export function isoDateInZone(isoInstant: string): string {
  return partsInZone(isoInstant).date;
}

/** "2026-02-13T00:00:00+05:00": the instant with Kyzylorda's offset, for structured data. */
export function isoDateTimeInZone(isoInstant: string): string {
  const { date, time, offset } = partsInZone(isoInstant);
  return `${date}T${time}${offset}`;
}
