import { describe, expect, it } from 'vitest';
import { formatEventWhen, formatLongDate, formatMonth, isoDateInZone, isoDateTimeInZone } from '@/lib/format/dates';

// Midnight of 13 February 2026 in Kyzylorda (UTC+5), as Contentlayer stores "date: 2026-02-13".
const founding = '2026-02-12T19:00:00.000Z';

describe('dates', () => {
  it('formats the day in Kazakh', () => {
    expect(formatLongDate(founding, 'kk')).toBe('2026 жылғы 13 ақпан');
  });

  it('writes the Kazakh year as news sites do, in a range and a month too', () => {
    const day = (iso: string) => ({ instant: iso, allDay: true });
    const range = formatEventWhen(day('2026-03-13T19:00:00Z'), day('2026-03-14T19:00:00Z'), 'kk');
    expect(range.replace(/\s/g, ' ')).toBe('2026 жылғы 14–15 наурыз');
    expect(formatMonth('2026-03', 'kk')).toMatch(/^2026\sжылғы наурыз$/);
    expect(formatLongDate(founding, 'kk')).not.toContain('ж.');
  });

  it('formats the day in Russian', () => {
    expect(formatLongDate(founding, 'ru')).toBe('13 февраля 2026 г.');
  });

  it('uses the Kyzylorda day, not the UTC day', () => {
    expect(isoDateInZone(founding)).toBe('2026-02-13');
    expect(isoDateInZone('2026-02-13T20:30:00Z')).toBe('2026-02-14');
  });

  it('writes instants with the +05:00 offset', () => {
    expect(isoDateTimeInZone(founding)).toBe('2026-02-13T00:00:00+05:00');
  });
});
