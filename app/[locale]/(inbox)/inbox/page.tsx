import type { Metadata } from 'next';
import { retentionMonths } from '@/lib/env';
import { todayInZone } from '@/lib/format/dates';
import { doneText, InboxFrame, inboxLocale, inboxMetadata, queryOf, Refused } from '@/lib/inbox/frame';
import { filterQuery, readFilter } from '@/lib/inbox/filters';
import { canPublish } from '@/lib/inbox/publish';
import { allowed } from '@/lib/inbox/request';
import { lastRetentionRun, listSubmissions } from '@/lib/inbox/submissions';
import { ListView } from '@/lib/inbox/views/list';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/inbox'>;

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  inboxMetadata((await params).locale, (t) => t('title'));

/** /{locale}/inbox?status=…&district=…&q=…&page=N: residents' submissions, newest first (docs/inbox.md). */
export default async function InboxListPage({ params, searchParams }: Props) {
  const locale = inboxLocale(await params);
  const query = queryOf(await searchParams);
  const said = query.get('done');
  // The export's refusals come back here (app/[locale]/(inbox)/inbox/export).
  const refused = (['csrf', 'forbidden', 'bad'] as const).find((word) => word === query.get('refused'));
  query.delete('done');
  query.delete('refused');
  const asked = readFilter(query);
  const href = `${path('/inbox')}${asked ? filterQuery(asked.filter, asked.page) : ''}`;
  return (
    <InboxFrame
      locale={locale}
      href={href}
      draw={async (signed) => {
        const { db, view } = signed;
        if (refused || !asked) return <Refused view={view} word={refused ?? 'bad'} />;
        const [{ rows, total }, retention] = await Promise.all([
          listSubmissions(db, asked.filter, asked.page),
          lastRetentionRun(db),
        ]);
        const message = doneText(view, said, ['deleted', 'report']);
        return (
          <ListView
            view={view}
            filter={asked.filter}
            page={asked.page}
            rows={rows}
            total={total}
            retention={retention}
            months={retentionMonths()}
            {...(message ? { message } : {})}
            {...(allowed(signed, 'answer') ? { report: { today: todayInZone(), canPublish: canPublish() } } : {})}
          />
        );
      }}
    />
  );
}
