import { localePath } from '@/i18n/routing';
import { pageCount } from '@/lib/content/pagination';
import type { AuditTable } from '@/lib/db/schema';
import { path } from '@/lib/site/routes';
import { AUDIT_PAGE_SIZE } from '../audit';
import { auditQuery } from '../filters';
import { HistoryTable } from './detail';
import { Notice } from './notice';
import { Act, InboxBar, Pager, styles, Submit } from './parts';
import type { View } from './view';

export type OpenSession = {
  id_hash: string;
  name: string;
  subject: string;
  role: string;
  created_at: string;
  seen_at: string;
};

export type AuditOptions = {
  entries: AuditTable[];
  total: number;
  page: number;
  sessions: OpenSession[];
  message?: string;
};

export function AuditView({ view, entries, total, page, sessions, message }: AuditOptions & { view: View }) {
  const { t, locale, session } = view;
  const pages = Math.max(1, pageCount(total, AUDIT_PAGE_SIZE));
  return (
    <>
      <InboxBar view={view} />
      <h1 className="mt-6 text-3xl font-bold leading-tight">{t('auditTitle')}</h1>
      <p className="mt-3 text-lg text-muted">{t('auditIntro')}</p>
      {message ? <Notice>{message}</Notice> : null}
      <section className={`mt-8 ${styles.box}`} aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="text-xl font-bold">
          {t('sessions')}
        </h2>
        <ul className="mt-2 space-y-3">
          {sessions.map((s) => (
            <li key={s.id_hash} className="flex flex-wrap items-center gap-4">
              <span>
                <strong>{s.name}</strong> ({t(`roles.${s.role as 'reader'}`)})
                {s.id_hash === session?.idHash ? ` — ${t('you')}` : ''}
              </span>
              <span className={styles.muted}>
                {t('sessionSeen')}: {view.when(s.seen_at)}
              </span>
              <Act view={view} intent="end-session">
                <input type="hidden" name="session" value={s.id_hash} />
                <Submit style="secondary">{t('endSession')}</Submit>
              </Act>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-8" aria-labelledby="log-title">
        <h2 id="log-title" className="text-xl font-bold">
          {t('auditTitle')}
        </h2>
        <HistoryTable view={view} entries={entries} withReference />
        <Pager
          view={view}
          page={page}
          totalPages={pages}
          hrefOf={(p) => `${localePath(locale, path('/inbox/audit'))}${auditQuery(p)}`}
        />
      </section>
    </>
  );
}
