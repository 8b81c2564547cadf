/** @jsxImportSource hastscript */
import type { Element } from 'hast';
import { localePath } from '@/i18n/routing';
import { contents, element } from '@/lib/markup';
import { submissionKinds, submissionStatuses } from '@/lib/db/schema';
import { getDistricts, getEvents, getTopics } from '@/lib/content/queries';
import { pageCount } from '@/lib/content/pagination';
import { path } from '@/lib/site/routes';
import { filterQuery, type InboxFilter } from '../filters';
import { can } from '../roles';
import { INBOX_PAGE_SIZE, type ListedSubmission } from '../submissions';
import { actForm, button, dayInput, inboxBar, input, notice, pager, select, styles } from './html';
import { reportPart } from './report';
import type { View } from './view';

/** How long a text is shown in the list before the rest is on its own page. */
const EXCERPT = 280;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

function filterForm(view: View, filter: InboxFilter): Element {
  const { t, locale, names } = view;
  const any: [string, string] = ['', t('any')];
  return element(
    <form method="get" action={localePath(locale, path('/inbox'))} className={`mt-6 ${styles.box}`}>
      <h2 className="text-lg font-bold">{t('filter')}</h2>
      <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {select(
          'status',
          t('status'),
          [any, ...submissionStatuses.map((s): [string, string] => [s, names.status(s)])],
          filter.status,
        )}
        {select(
          'district',
          t('district'),
          [
            any,
            ...getDistricts().map((d): [string, string] => [d.id, d.name[locale]]),
            ['other', t('other')],
            ['none', t('notChosen')],
          ],
          filter.district,
        )}
        {select(
          'topic',
          t('topic'),
          [
            any,
            ...getTopics().map((x): [string, string] => [x.id, x.name[locale]]),
            ['other', t('other')],
            ['none', t('notChosen')],
          ],
          filter.topic,
        )}
        {select(
          'kind',
          t('kind'),
          [any, ...submissionKinds.map((k): [string, string] => [k, names.kind(k)])],
          filter.kind,
        )}
        {select(
          'event',
          t('event'),
          [any, ...getEvents().map((e): [string, string] => [e.id, e.title[locale]])],
          filter.event,
        )}
        {dayInput(view, 'from', t('from'), filter.from)}
        {dayInput(view, 'to', t('to'), filter.to)}
        {input('q', t('q'), filter.q, { type: 'search', maxLength: 200 })}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        {button(t('show'))}
        <a href={localePath(locale, path('/inbox'))}>{t('clear')}</a>
      </div>
    </form>,
  );
}

function item(view: View, row: ListedSubmission): Element {
  const { t, locale, names } = view;
  const href = localePath(locale, path('/inbox/[reference]', { reference: row.reference }));
  const about = [
    names.kind(row.kind),
    names.topic(row.topic),
    names.district(row.district),
    ...(row.event ? [names.event(row.event)] : []),
    ...(row.hasContact ? [t('hasContact')] : []),
  ];
  return element(
    <li className="border-b border-line py-4">
      <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <a href={href} className="font-mono font-bold">
          {row.reference}
        </a>
        <span className="rounded bg-wash px-2 text-sm font-semibold">{names.status(row.status)}</span>
        <span className={styles.muted}>{view.when(row.created_at)}</span>
      </p>
      <p className={styles.muted}>{about.join(' · ')}</p>
      {/* A resident's text in its own direction: a right-to-left mark in it turns nothing around it. */}
      <p className="mt-1 whitespace-pre-line break-words" dir="auto">
        {excerpt(row.body)}
      </p>
    </li>,
  );
}

function exports(view: View, filter: InboxFilter): Element | undefined {
  const { t, session } = view;
  if (!session || !can(session.role, 'export')) return undefined;
  const hidden = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([name, value]) => element(<input type="hidden" name={name} value={String(value)} />));
  return element(
    <div className="mt-8 flex flex-wrap items-center gap-4">
      {actForm(view, 'export', [...hidden, button(t('export'), 'secondary')])}
      {can(session.role, 'contacts')
        ? actForm(view, 'export-with-contacts', [...hidden, button(t('exportWithContacts'), 'secondary')])
        : undefined}
      <p className={styles.muted}>{t('exportNote')}</p>
    </div>,
  );
}

export function listView(
  view: View,
  {
    filter,
    page,
    rows,
    total,
    retention,
    months,
    message,
    report,
  }: {
    filter: InboxFilter;
    page: number;
    rows: ListedSubmission[];
    total: number;
    retention: { ran_at: string; affected: number } | undefined;
    months: number;
    message?: string;
    /** The report form's state, for a role that may prepare one. */
    report?: Parameters<typeof reportPart>[1];
  },
): Element[] {
  const { t } = view;
  const pages = Math.max(1, pageCount(total, INBOX_PAGE_SIZE));
  return contents(
    <>
      {inboxBar(view)}
      <h1 className="mt-6 text-3xl font-bold leading-tight">{t('title')}</h1>
      {message ? notice(message) : undefined}
      {filterForm(view, filter)}
      <p className="mt-6 font-semibold" role="status">
        {t('count', { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <ol className="mt-2">{rows.map((row) => item(view, row))}</ol>
      )}
      {pager(view, page, pages, (p) => `${localePath(view.locale, path('/inbox'))}${filterQuery(filter, p)}`)}
      {exports(view, filter)}
      {report ? reportPart(view, report) : undefined}
      <p className={`mt-8 ${styles.muted}`}>
        {retention
          ? t('retention', { months, date: view.when(retention.ran_at), count: retention.affected })
          : t('retentionNever')}
      </p>
    </>,
  ) as Element[];
}
