import type { Metadata } from 'next';
import { getRecipients } from '@/lib/content/queries';
import { readReference } from '@/lib/feedback/reference';
import { outcomesOf } from '@/lib/feedback/outcomes';
import { todayInZone } from '@/lib/format/dates';
import { historyOf } from '@/lib/inbox/audit';
import { doneText, InboxFrame, inboxLocale, inboxMetadata, queryOf, Refused } from '@/lib/inbox/frame';
import { canPublish } from '@/lib/inbox/publish';
import { submissionOf } from '@/lib/inbox/submissions';
import { DetailView } from '@/lib/inbox/views/detail';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/inbox/[reference]'>;

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, reference } = await params;
  return inboxMetadata(locale, (t) => t('submissionTitle', { reference: readReference(reference) ?? '' }));
};

/** /{locale}/inbox/<reference>: one submission, its history, and what the reader's role can do with it. */
export default async function InboxSubmissionPage({ params, searchParams }: Props) {
  const { reference: typed, ...rest } = await params;
  const locale = inboxLocale(rest);
  const reference = readReference(typed) ?? typed;
  const said = queryOf(await searchParams).get('done');
  return (
    <InboxFrame
      locale={locale}
      href={path('/inbox/[reference]', { reference })}
      draw={async ({ db, view }) => {
        const submission = await submissionOf(db, reference);
        if (!submission) return <Refused view={view} word="notFound" />;
        const [history, outcomes] = await Promise.all([historyOf(db, reference), outcomesOf(db, reference)]);
        const message = doneText(view, said, ['status', 'answer', 'publish', 'outcome', 'outcome-removed']);
        return (
          <DetailView
            view={view}
            submission={submission}
            history={history}
            canPublish={canPublish()}
            outcomes={outcomes}
            recipients={getRecipients().map((r) => ({ id: r.id, name: r.name[locale] }))}
            today={todayInZone()}
            {...(message ? { message } : {})}
          />
        );
      }}
    />
  );
}
