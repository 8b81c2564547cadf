/*
 * A date as the content writes it: "2026-03-05", "2026-03-05 18:30" (also "2026-03-05T18:30", and an
 * instant with its offset). Only its parts, checked against the calendar: no time zone, no settings,
 * so that the web editor checks a date in the browser exactly as the build does.
 */

/** The site's days and times are Kyzylorda's. */
export const SITE_TIME_ZONE = 'Asia/Qyzylorda';

/** Today in Kyzylorda, "2026-03-05", by this computer's clock. */
export const todayInKyzylorda = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: SITE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

export type WrittenDate = { day: string; time?: string; zone?: string };

const FORM = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?)?$/;

/** The parts of a written date, or undefined when it is not one or names a day or time that does not exist. */
export function writtenDate(text: string): WrittenDate | undefined {
  const match = FORM.exec(text.trim());
  if (!match) return undefined;
  const [, day = '', time, zone] = match;
  const asUtc = new Date(`${day}T${time ?? '00:00'}Z`);
  if (Number.isNaN(asUtc.getTime()) || asUtc.toISOString().slice(0, 10) !== day) return undefined;
  return { day, ...(time ? { time } : {}), ...(zone ? { zone } : {}) };
}
