import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { District } from '@/lib/content/kinds';
import type { Choice, EventFilter, FilterKind } from '@/lib/events/schedule';
import { eventsListPath } from '@/lib/site/lists';
import { type EventLabels, filterName } from '@/lib/events/labels';

/**
 * The list narrowed by territory, format or month: plain links (each a page of its own), with how many
 * events each holds, the one shown marked.
 */
export function EventFilters({
  choices,
  current,
  districts,
  labels,
}: {
  choices: Record<FilterKind, Choice[]>;
  current: EventFilter | undefined;
  districts: readonly District[];
  labels: EventLabels;
}) {
  const t = useTranslations('Events');
  const locale = useLocale();
  const groups: { kind: FilterKind; title: string }[] = [
    { kind: 'district', title: t('filterDistrict') },
    { kind: 'format', title: t('filterFormat') },
    { kind: 'month', title: t('filterMonth') },
  ];
  const link = (filter: EventFilter | undefined, label: string, count: number) => {
    const isCurrent = filter?.kind === current?.kind && filter?.value === current?.value;
    return (
      <Link
        href={eventsListPath(filter)}
        aria-current={isCurrent ? 'page' : undefined}
        className={`inline-flex min-h-11 items-center gap-2 rounded border px-3 text-sm no-underline ${
          isCurrent
            ? 'border-brand-dark bg-brand-dark font-semibold text-white'
            : 'border-line text-ink hover:border-brand'
        }`}
      >
        {label}
        <span className={isCurrent ? 'text-white' : 'text-muted'}>{count}</span>
      </Link>
    );
  };
  const total = choices.format.reduce((sum, c) => sum + c.count, 0);
  return (
    <nav aria-label={t('filters')} className="mt-6 space-y-4 rounded-lg bg-wash p-4">
      <p>{link(undefined, t('filterAll'), total)}</p>
      {groups.map(({ kind, title }) => (
        <div key={kind}>
          <p className="text-sm font-semibold">{title}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {choices[kind].map((choice) => {
              const filter = { kind, value: choice.value } as EventFilter;
              return (
                <li key={choice.value}>{link(filter, filterName(filter, locale, labels, districts), choice.count)}</li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
}
