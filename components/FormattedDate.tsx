import type { Locale } from '@/i18n/routing';
import { formatLongDate, isoDateInZone } from '@/lib/format/dates';

export function FormattedDate({ iso, locale }: { iso: string; locale: Locale }) {
  return <time dateTime={isoDateInZone(iso)}>{formatLongDate(iso, locale)}</time>;
}
