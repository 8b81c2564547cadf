import { type Locale, routing } from '@/i18n/routing';
import { intlLocale, kazakhYear, longDateOptions } from '@/lib/format/dates';

/**
 * How the site writes a day, for the editor's preview: browsers' own Kazakh data is often partial
 * (Chromium writes "2026 M03 20"), so the preview gets the order and the month names from the build.
 */
export type PreviewDates = Record<Locale, { pattern: string; months: string[] }>;

export function previewDates(): PreviewDates {
  const of = (locale: Locale) => {
    const format = new Intl.DateTimeFormat(intlLocale[locale], longDateOptions);
    const parts = (month: number) => format.formatToParts(new Date(Date.UTC(2026, month, 15, 12)));
    return {
      // "{year} жылғы {day} {month}" / "{day} {month} {year} г."
      pattern: kazakhYear(
        parts(0)
          .map((p) => (['year', 'month', 'day'].includes(p.type) ? `{${p.type}}` : p.value))
          .join(''),
      ),
      months: Array.from({ length: 12 }, (_, m) => parts(m).find((p) => p.type === 'month')?.value ?? ''),
    };
  };
  return Object.fromEntries(routing.locales.map((l) => [l, of(l)])) as PreviewDates;
}
