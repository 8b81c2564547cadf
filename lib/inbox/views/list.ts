import type { Element } from 'hast';
import { h } from 'hastscript';
import { localePath } from '@/i18n/routing';
import { submissionKinds, submissionStatuses } from '@/lib/db/schema';
import { getDistricts, getEvents, getTopics } from '@/lib/content/queries';
import { pageCount } from '@/lib/content/pagination';
import { path } from '@/lib/site/routes';
import { filterQuery, type InboxFilter } from '../filters';
import { can } from '../roles';
import { INBOX_PAGE_SIZE, type ListedSubmission } from '../submissions';
import { actForm, button, inboxBar, input, notice, pager, select, styles } from './html';
import type { View } from './words';

/** How long a text is shown in the list before the rest is on its own page. */
const EXCERPT = 280;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

function filterForm(view: View, filter: InboxFilter): Element {
  const { t, locale, names } = view;
  const any: [string, string] = ['', t('any')];
  return h('form', { method: 'get', action: localePath(locale, path('/inbox')), className: `mt-6 ${styles.box}` }, [
    h('h2', { className: 'text-lg font-bold' }, t('filter')),
    h('div', { className: 'mt-2 grid gap-4 sm:grid-cols-2 lg:grid-cols-4' }, [
      select(
        'status',
        t('status'),
        [any, ...submissionStatuses.map((s): [string, string] => [s, t(`statuses.${s}`)])],
        filter.status,
      ),
      select(
        'district',
        t('district'),
        [any, ...getDistricts().map((d): [string, string] => [d.id, d.name[locale]]), ['other', t('other')]],
        filter.district,
      ),
      select(
        'topic',
        t('topic'),
        [any, ...getTopics().map((x): [string, string] => [x.id, x.name[locale]]), ['other', t('other')]],
        filter.topic,
      ),
      select(
        'kind',
        t('kind'),
        [any, ...submissionKinds.map((k): [string, string] => [k, names.kind(k)])],
        filter.kind,
      ),
      select(
        'event',
        t('event'),
        [any, ...getEvents().map((e): [string, string] => [e.id, e.title[locale]])],
        filter.event,
      ),
      input('from', t('from'), filter.from, { type: 'date' }),
      input('to', t('to'), filter.to, { type: 'date' }),
      input('q', t('q'), filter.q, { type: 'search', maxLength: 200 }),
    ]),
    h('div', { className: 'mt-4 flex flex-wrap items-center gap-4' }, [
      button(t('show')),
      h('a', { href: localePath(locale, path('/inbox')) }, t('clear')),
    ]),
  ]);
}

function item(view: View, row: ListedSubmission): Element {
  const { t, locale, names } = view;
  const href = localePath(locale, path('/inbox/[reference]', { reference: row.reference }));
  return h('li', { className: 'border-b border-line py-4' }, [
    h('p', { className: 'flex flex-wrap items-baseline gap-x-4 gap-y-1' }, [
      h('a', { href, className: 'font-mono font-bold' }, row.reference),
      h('span', { className: 'rounded bg-wash px-2 text-sm font-semibold' }, t(`statuses.${row.status}`)),
      h('span', { className: styles.muted }, view.when(row.created_at)),
    ]),
    h(
      'p',
      { className: styles.muted },
      [
        names.kind(row.kind),
        names.topic(row.topic),
        names.district(row.district),
        ...(row.event ? [names.event(row.event)] : []),
        ...(row.hasContact ? [t('hasContact')] : []),
      ].join(' · '),
    ),
    h('p', { className: 'mt-1 whitespace-pre-line break-words' }, excerpt(row.body)),
  ]);
}

function exports(view: View, filter: InboxFilter): Element | undefined {
  const { t, session } = view;
  if (!session || !can(session.role, 'export')) return undefined;
  const hidden = Object.entries(filter)
    .filter(([, v]) => v)
    .map(([name, value]) => h('input', { type: 'hidden', name, value: String(value) }));
  return h('div', { className: 'mt-8 flex flex-wrap items-center gap-4' }, [
    actForm(view, 'export', [...hidden, button(t('export'), 'secondary')]),
    ...(can(session.role, 'contacts')
      ? [actForm(view, 'export-with-contacts', [...hidden, button(t('exportWithContacts'), 'secondary')])]
      : []),
    h('p', { className: styles.muted }, t('exportNote')),
  ]);
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
  }: {
    filter: InboxFilter;
    page: number;
    rows: ListedSubmission[];
    total: number;
    retention: { ran_at: string; affected: number } | undefined;
    months: number;
    message?: string;
  },
): Element[] {
  const { t } = view;
  const pages = Math.max(1, pageCount(total, INBOX_PAGE_SIZE));
  return [
    inboxBar(view),
    h('h1', { className: 'mt-6 text-3xl font-bold leading-tight' }, t('title')),
    ...(message ? [notice(message)] : []),
    filterForm(view, filter),
    h('p', { className: 'mt-6 font-semibold', role: 'status' }, t('count', { count: total })),
    rows.length === 0
      ? h('p', { className: 'mt-4' }, t('none'))
      : h(
          'ol',
          { className: 'mt-2' },
          rows.map((row) => item(view, row)),
        ),
    ...[
      pager(view, page, pages, (p) => `${localePath(view.locale, path('/inbox'))}${filterQuery(filter, p)}`),
      exports(view, filter),
    ].filter((e): e is Element => Boolean(e)),
    h(
      'p',
      { className: `mt-8 ${styles.muted}` },
      retention
        ? t('retention', { months, date: view.when(retention.ran_at), count: retention.affected })
        : t('retentionNever'),
    ),
  ];
}
