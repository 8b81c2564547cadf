import type { Metadata } from 'next';
import { getQuestions } from '@/lib/content/queries';
import { todayInZone } from '@/lib/format/dates';
import { InboxFrame, inboxLocale, inboxMetadata, queryOf, Refused } from '@/lib/inbox/frame';
import { canPublish } from '@/lib/inbox/publish';
import { readReport, REPORT_TITLE_LIMIT } from '@/lib/inbox/report-form';
import { allowed } from '@/lib/inbox/request';
import { ReportPage, ReportPart, ReportPreview } from '@/lib/inbox/views/report';
import { reportFigures, reportItems } from '@/lib/reports/figures';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/inbox/report'>;

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  inboxMetadata((await params).locale, (t) => t('reportPreviewTitle'));

/**
 * /{locale}/inbox/report?title_kk=…&title_ru=…&from=…&to=…: what a report of that period would publish
 * (a GET: nothing changes until its button sends it for review), or the form again with what to correct.
 */
export default async function InboxReportPage({ params, searchParams }: Props) {
  const locale = inboxLocale(await params);
  const query = queryOf(await searchParams);
  return (
    <InboxFrame
      locale={locale}
      href={`${path('/inbox/report')}${query.size ? `?${query}` : ''}`}
      draw={async (signed) => {
        const { db, view } = signed;
        if (!allowed(signed, 'answer')) return <Refused view={view} word="forbidden" />;
        const today = todayInZone();
        const read = readReport(query, today);
        if (!read.ok || !canPublish())
          return (
            <ReportPage view={view}>
              <ReportPart
                view={view}
                today={today}
                canPublish={canPublish()}
                draft={read.draft}
                {...(read.ok ? {} : { problem: view.t(`problems.${read.problem}`, { limit: REPORT_TITLE_LIMIT }) })}
              />
            </ReportPage>
          );
        const [figures, items] = await Promise.all([
          reportFigures(db, read.value),
          reportItems(db, read.value, { questions: new Set(getQuestions().map((q) => q.id)) }),
        ]);
        return (
          <ReportPage view={view}>
            <ReportPreview view={view} draft={read.draft} figures={figures} items={items} today={today} />
          </ReportPage>
        );
      }}
    />
  );
}
