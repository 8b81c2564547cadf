import type { Metadata } from 'next';
import { auditPage } from '@/lib/inbox/audit';
import { doneText, InboxFrame, inboxLocale, inboxMetadata, queryOf, Refused } from '@/lib/inbox/frame';
import { allowed } from '@/lib/inbox/request';
import { openSessions } from '@/lib/inbox/sessions';
import { AuditView } from '@/lib/inbox/views/audit';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/inbox/audit'>;

export const generateMetadata = async ({ params }: Props): Promise<Metadata> =>
  inboxMetadata((await params).locale, (t) => t('auditTitle'));

/** /{locale}/inbox/audit?page=N: the audit log and the open sessions, for administrators. */
export default async function InboxAuditPage({ params, searchParams }: Props) {
  const locale = inboxLocale(await params);
  const query = queryOf(await searchParams);
  const said = query.get('done');
  query.delete('done');
  const raw = query.get('page') ?? '1';
  const page = /^[1-9]\d{0,5}$/.test(raw) && [...query.keys()].every((k) => k === 'page') ? Number(raw) : undefined;
  return (
    <InboxFrame
      locale={locale}
      href={path('/inbox/audit')}
      draw={async (signed) => {
        const { db, view } = signed;
        if (!allowed(signed, 'audit')) return <Refused view={view} word="forbidden" />;
        if (!page) return <Refused view={view} word="bad" />;
        const [{ rows, total }, sessions] = await Promise.all([auditPage(db, page), openSessions(db)]);
        const message = doneText(view, said, ['session-ended']);
        return (
          <AuditView
            view={view}
            entries={rows}
            total={total}
            page={page}
            sessions={sessions}
            {...(message ? { message } : {})}
          />
        );
      }}
    />
  );
}
