import { useTranslations } from 'next-intl';
import { FormattedDate } from '@/components/FormattedDate';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { CoalitionEvent, Recipient, ReportItem, Topic } from '@/lib/content/kinds';
import { outcomeLabel } from '@/lib/content/kinds/reports';
import { path } from '@/lib/site/routes';

/** A table cell that, on a phone, is a line of its own under the heading it belongs to. */
const cell =
  'block py-1 before:block before:text-sm before:text-muted before:content-[attr(data-label)] md:table-cell md:py-2 md:pe-4 md:align-top md:before:hidden';

/** A small link a finger can hit (WCAG 2.2: 24 px). */
const target = 'inline-block min-h-6 py-0.5';

/**
 * What residents proposed and what the coalition did with it: one row per proposal. A table on a
 * wide screen; on a phone each row reads as a card, every value under its column's name.
 */
export function ReportItems({
  items,
  locale,
  names,
}: {
  items: readonly ReportItem[];
  locale: Locale;
  names: {
    recipient: (id: string) => Recipient | undefined;
    topic: (id: string) => Topic | undefined;
    event: (id: string) => CoalitionEvent | undefined;
  };
}) {
  const t = useTranslations('Reports');
  const columns = [t('proposal'), t('messages'), t('position'), t('outcome')];
  return (
    <table className="mt-4 w-full text-start">
      <thead className="sr-only md:not-sr-only">
        <tr className="border-b-2 border-line text-sm text-muted">
          {columns.map((column) => (
            <th key={column} scope="col" className="py-2 pe-4 text-start font-normal">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item, i) => {
          const recipient = item.recipient ? names.recipient(item.recipient) : undefined;
          const topic = item.topic ? names.topic(item.topic) : undefined;
          const event = item.event ? names.event(item.event) : undefined;
          return (
            <tr key={i} className="block border-b border-line py-3 md:table-row">
              <td data-label={columns[0]} className={`${cell} font-semibold`}>
                {item.proposal[locale]}
                {(topic || event || item.question) && (
                  <ul className="mt-2 space-y-1 text-sm font-normal">
                    {topic && (
                      <li>
                        <Link href={path('/topics/[id]/[[...page]]', { id: topic.id })} className={target}>
                          {topic.name[locale]}
                        </Link>
                      </li>
                    )}
                    {event && (
                      <li>
                        <Link href={path('/events/[id]', { id: event.id })} className={target}>
                          {event.title[locale]}
                        </Link>
                      </li>
                    )}
                    {item.question && (
                      <li>
                        <Link href={path('/questions/[id]', { id: item.question })} className={target}>
                          {t('answer')}
                        </Link>
                      </li>
                    )}
                  </ul>
                )}
              </td>
              <td data-label={columns[1]} className={`${cell} tabular-nums md:text-end`}>
                {item.messages}
              </td>
              <td data-label={columns[2]} className={cell}>
                {item.position[locale]}
              </td>
              <td data-label={columns[3]} className={cell}>
                <strong>{outcomeLabel(item.outcome)[locale]}</strong>
                {recipient && <>: {recipient.name[locale]}</>}
                {item.day && (
                  <>
                    {', '}
                    <FormattedDate iso={item.day} locale={locale} />
                  </>
                )}
                {item.reason && <p className="mt-1">{t('reason', { reason: item.reason[locale] })}</p>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
