import type { Locale } from '@/i18n/routing';
import { env } from '@/lib/env';
import { SITE_TIME_ZONE, writtenDate } from './written-date';

export { SITE_TIME_ZONE };

export const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU' };

const formats = new Map<string, Intl.DateTimeFormat>();
/** An Intl formatter, made once: making one costs far more than formatting with it (search results). */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * ICU writes the Kazakh year as "2026 ж."; Kazakh news sites write "2026 жылғы 13 ақпан", and so does
 * the site (and the editor's preview, lib/cms/preview-dates.ts).
 */
export function kazakhYear(text: string): string {
  // ICU separates the year from "ж." with a space or a no-break space: kept as it was.
  return text.replace(/(\d{4}|\{year\})([\s\u00a0\u202f])ж\./g, '$1$2жылғы');
}
const inWords = (locale: Locale, text: string) => (locale === 'kk' ? kazakhYear(text) : text);

/** Minutes east of UTC in Kyzylorda at an instant. */
function offsetMinutes(instant: Date): number {
  const name = dateFormat('en-US', { timeZone: SITE_TIME_ZONE, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/**
 * The date rule of the content: "2026-02-13" is that day's midnight in Kyzylorda, "2026-02-13T18:30"
 * (or "2026-02-13 18:30") that time in Kyzylorda, and an instant with its offset ("…T18:30:00+05:00", "…Z") is itself. The
 * ISO instant, or undefined when the text is not such a date (or names a day that does not exist).
 */
export function instantOf(text: string): string | undefined {
  const written = writtenDate(text);
  if (!written) return undefined;
  const { day, time = '00:00', zone } = written;
  const asUtc = new Date(`${day}T${time}Z`);
  const instant = zone ? new Date(`${day}T${time}${zone}`) : new Date(asUtc.getTime() - offsetMinutes(asUtc) * 60_000);
  return instant.toISOString().replace(/\.000Z$/, 'Z');
}

export const longDateOptions: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: SITE_TIME_ZONE,
};

/** "2026 жылғы 13 ақпан" / "13 февраля 2026 г." — the day as it was in Kyzylorda. */
export function formatLongDate(isoInstant: string, locale: Locale): string {
  return inWords(locale, dateFormat(intlLocale[locale], longDateOptions).format(new Date(isoInstant)));
}

function partsInZone(isoInstant: string) {
  const parts = dateFormat('en-CA', {
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

/**
 * The first moment of a day in Kyzylorda as the database stores instants (`toISOString`, with its
 * milliseconds), so that comparing the two texts compares the moments: "…T19:00:00Z" sorts after
 * "…T19:00:00.000Z".
 */
export function storedDayStart(day: string): string | undefined {
  const instant = instantOf(day);
  return instant === undefined ? undefined : new Date(instant).toISOString();
}

/** The first moment after a day in Kyzylorda (the start of the next), as the database stores instants. */
export function storedDayEnd(day: string): string | undefined {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return Number.isNaN(next.getTime()) ? undefined : storedDayStart(next.toISOString().slice(0, 10));
}

/** Today in Kyzylorda, as the clock has it: the latest day the inbox dates a step or a report to. */
export const todayInZone = () => isoDateInZone(new Date().toISOString());

/**
 * The day the build takes as today, in Kyzylorda: what is coming and what is past on the events pages
 * (prerendered: a daily build moves them on). SITE_TODAY sets it, for tests and the benchmark.
 */
export function siteToday(): string {
  return env().SITE_TODAY ?? todayInZone();
}

/** When an event is, in the reader's language: a day or days, with the time where the content gives one. */
export function formatEventWhen(
  start: { instant: string; allDay: boolean },
  end: { instant: string; allDay: boolean } | undefined,
  locale: Locale,
): string {
  const withTime = !start.allDay;
  const format = dateFormat(intlLocale[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const } : {}),
    timeZone: SITE_TIME_ZONE,
  });
  const from = new Date(start.instant);
  return inWords(locale, end ? format.formatRange(from, new Date(end.instant)) : format.format(from));
}

/** "1 ақпан – 31 наурыз 2026" in the reader's language: a period of whole days ("2026-02-01", "2026-03-31"). */
export function formatPeriod(from: string, to: string, locale: Locale): string {
  const day = (text: string) => ({ instant: instantOf(text) ?? text, allDay: true });
  return formatEventWhen(day(from), day(to), locale);
}

/** "2026 жылғы наурыз" / "март 2026 г.": a month ("2026-03") in the reader's language. */
export function formatMonth(month: string, locale: Locale): string {
  return inWords(
    locale,
    dateFormat(intlLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-15T00:00:00Z`),
    ),
  );
}

/**
 * A day as staff type it, "05.12.2026" (how Kazakhstan writes a date; a browser's date field would
 * show its own interface's order, often mm/dd/yyyy), as "2026-12-05"; ISO days pass as they are and
 * anything else is returned unchanged, for the form's own check to refuse.
 */
export function typedDay(text: string): string {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  return match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text.trim();
}

/** "2026-12-05" as staff read and type it, "05.12.2026"; anything else as it was typed. */
export function dottedDay(day: string | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  return match ? `${match[3]}.${match[2]}.${match[1]}` : (day ?? '');
}
