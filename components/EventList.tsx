import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { CoalitionEvent } from '@/lib/content/schema';
import { FormattedDate } from './FormattedDate';

export function EventList({
  events,
  formatLabel,
}: {
  events: readonly CoalitionEvent[];
  formatLabel: (event: CoalitionEvent) => string;
}) {
  const t = useTranslations('Events');
  const locale = useLocale();
  return (
    <ol className="space-y-4">
      {events.map((event) => (
        <li key={event.id} className="rounded-lg border border-line p-5">
          <p className="text-sm text-muted">
            <FormattedDate iso={event.date} locale={locale} /> · {event.place[locale]}
          </p>
          <h3 className="mt-1 text-lg font-semibold">
            <Link href={`/events/${event.id}`} className="text-ink hover:text-brand">
              {event.title[locale]}
            </Link>
          </h3>
          <p className="mt-2 flex flex-wrap gap-2 text-sm">
            <span className="rounded bg-wash px-2 py-0.5">{formatLabel(event)}</span>
            <span
              className={`rounded px-2 py-0.5 ${event.status === 'held' ? 'bg-brand-dark text-white' : 'border border-brand-dark'}`}
            >
              {event.status === 'held' ? t('statusHeld') : t('statusPlanned')}
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
