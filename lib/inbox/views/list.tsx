import { localePath } from '@/i18n/routing';
import { submissionKinds, submissionStatuses } from '@/lib/db/schema';
import { getDistricts, getEvents, getTopics } from '@/lib/content/queries';
import { pageCount } from '@/lib/content/pagination';
import { path } from '@/lib/site/routes';
import { filterQuery, type InboxFilter } from '../filters';
import { can } from '../roles';
import { INBOX_PAGE_SIZE, type ListedSubmission } from '../submissions';
import { Input, Select } from './form';
import { Notice } from './notice';
import { DayInput, InboxBar, Pager, styles, Submit } from './parts';
import { ReportPart, type ReportOptions } from './report';
import type { View } from './view';

/** How long a text is shown in the list before the rest is on its own page. */
const EXCERPT = 280;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

function FilterForm({ view, filter }: { view: View; filter: InboxFilter }) {
  const { t, locale, names } = view;
  const any: [string, string] = ['', t('any')];
  const unlisted: [string, string][] = [
    ['other', t('other')],
    ['none', t('notChosen')],
  ];
  return (
    <form method="get" action={localePath(locale, path('/inbox'))} className={`mt-6 ${styles.box}`}>
      <h2 className="text-lg font-bold">{t('filter')}</h2>
      <div className="mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          id="status"
          label={t('status')}
          options={[any, ...submissionStatuses.map((s): [string, string] => [s, names.status(s)])]}
          selected={filter.status}
        />
        <Select
          id="district"
          label={t('district')}
          options={[any, ...getDistricts().map((d): [string, string] => [d.id, d.name[locale]]), ...unlisted]}
          selected={filter.district}
        />
        <Select
          id="topic"
          label={t('topic')}
          options={[any, ...getTopics().map((x): [string, string] => [x.id, x.name[locale]]), ...unlisted]}
          selected={filter.topic}
        />
        <Select
          id="kind"
          label={t('kind')}
          options={[any, ...submissionKinds.map((k): [string, string] => [k, names.kind(k)])]}
          selected={filter.kind}
        />
        <Select
          id="event"
          label={t('event')}
          options={[any, ...getEvents().map((e): [string, string] => [e.id, e.title[locale]])]}
          selected={filter.event}
        />
        <DayInput view={view} id="from" label={t('from')} value={filter.from} />
        <DayInput view={view} id="to" label={t('to')} value={filter.to} />
        <Input id="q" label={t('q')} value={filter.q} attributes={{ type: 'search', maxLength: 200 }} />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <Submit>{t('show')}</Submit>
        <a href={localePath(locale, path('/inbox'))}>{t('clear')}</a>
      </div>
    </form>
  );
}

function Item({ view, row }: { view: View; row: ListedSubmission }) {
  const { t, locale, names } = view;
  const href = localePath(locale, path('/inbox/[reference]', { reference: row.reference }));
  const about = [
    names.kind(row.kind),
    names.topic(row.topic),
    names.district(row.district),
    ...(row.event ? [names.event(row.event)] : []),
    ...(row.hasContact ? [t('hasContact')] : []),
  ];
  return (
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
      {row.body ? (
        <p className="mt-1 whitespace-pre-line break-words" dir="auto">
          {excerpt(row.body)}
        </p>
      ) : (
        <p className={`mt-1 ${styles.muted}`}>{t('textExpired')}</p>
      )}
    </li>
  );
}

/**
 * The CSV of what the filter shows: a plain form to its own address (a file to download, which a
 * server action cannot answer with), carrying the session's token.
 */
function Exports({ view, filter }: { view: View; filter: InboxFilter }) {
  const { t, session, locale } = view;
  if (!session || !can(session.role, 'export')) return null;
  const hidden = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([name, value]) => <input key={name} type="hidden" name={name} value={String(value)} />);
  const form = (intent: 'export' | 'export-with-contacts', text: string) => (
    <form method="post" action={localePath(locale, path('/inbox/export'))}>
      <input type="hidden" name="csrf" value={session.csrf} />
      <input type="hidden" name="intent" value={intent} />
      {hidden}
      <Submit style="secondary">{text}</Submit>
    </form>
  );
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4">
      {form('export', t('export'))}
      {can(session.role, 'contacts') ? form('export-with-contacts', t('exportWithContacts')) : null}
      <p className={styles.muted}>{t('exportNote')}</p>
    </div>
  );
}

export type ListOptions = {
  filter: InboxFilter;
  page: number;
  rows: ListedSubmission[];
  total: number;
  retention: { ran_at: string; affected: number } | undefined;
  months: number;
  message?: string;
  /** The report form, for a role that may prepare one. */
  report?: ReportOptions;
};

export function ListView({
  view,
  filter,
  page,
  rows,
  total,
  retention,
  months,
  message,
  report,
}: ListOptions & { view: View }) {
  const { t } = view;
  const pages = Math.max(1, pageCount(total, INBOX_PAGE_SIZE));
  return (
    <>
      <InboxBar view={view} />
      <h1 className="mt-6 text-3xl font-bold leading-tight">{t('title')}</h1>
      {message ? <Notice>{message}</Notice> : null}
      <FilterForm view={view} filter={filter} />
      <p className="mt-6 font-semibold" role="status">
        {t('count', { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4">{t('none')}</p>
      ) : (
        <ol className="mt-2">
          {rows.map((row) => (
            <Item key={row.reference} view={view} row={row} />
          ))}
        </ol>
      )}
      <Pager
        view={view}
        page={page}
        totalPages={pages}
        hrefOf={(p) => `${localePath(view.locale, path('/inbox'))}${filterQuery(filter, p)}`}
      />
      <Exports view={view} filter={filter} />
      {report ? <ReportPart view={view} {...report} /> : null}
      <p className={`mt-8 ${styles.muted}`}>
        {retention
          ? t('retention', { months, date: view.when(retention.ran_at), count: retention.affected })
          : t('retentionNever')}
      </p>
    </>
  );
}
