/** @jsxImportSource hastscript */
import type { Element } from 'hast';
import { localePath } from '@/i18n/routing';
import { contents, element } from '@/lib/markup';
import type { AuditTable } from '@/lib/db/schema';
import { path } from '@/lib/site/routes';
import { AUDIT_PAGE_SIZE } from '../audit';
import { auditQuery } from '../filters';
import { pageCount } from '@/lib/content/pagination';
import { actForm, button, inboxBar, notice, pager, styles } from './html';
import { historyList } from './detail';
import type { View } from './view';

export type OpenSession = {
  id_hash: string;
  name: string;
  subject: string;
  role: string;
  created_at: string;
  seen_at: string;
};

export function auditView(
  view: View,
  {
    entries,
    total,
    page,
    sessions,
    message,
  }: { entries: AuditTable[]; total: number; page: number; sessions: OpenSession[]; message?: string },
): Element[] {
  const { t, locale, session } = view;
  const pages = Math.max(1, pageCount(total, AUDIT_PAGE_SIZE));
  return contents(
    <>
      {inboxBar(view)}
      <h1 className="mt-6 text-3xl font-bold leading-tight">{t('auditTitle')}</h1>
      <p className="mt-3 text-lg text-muted">{t('auditIntro')}</p>
      {message ? notice(message) : undefined}
      <section className={`mt-8 ${styles.box}`} aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="text-xl font-bold">
          {t('sessions')}
        </h2>
        <ul className="mt-2 space-y-3">
          {sessions.map((s) => (
            <li className="flex flex-wrap items-center gap-4">
              <span>
                <strong>{s.name}</strong> ({t(`roles.${s.role as 'reader'}`)})
                {s.id_hash === session?.idHash ? ` — ${t('you')}` : ''}
              </span>
              <span className={styles.muted}>
                {t('sessionSeen')}: {view.when(s.seen_at)}
              </span>
              {actForm(view, 'end-session', [
                element(<input type="hidden" name="session" value={s.id_hash} />),
                button(t('endSession'), 'secondary'),
              ])}
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-8" aria-labelledby="log-title">
        <h2 id="log-title" className="text-xl font-bold">
          {t('auditTitle')}
        </h2>
        {historyList(view, entries, { withReference: true })}
        {pager(view, page, pages, (p) => `${localePath(locale, path('/inbox/audit'))}${auditQuery(p)}`)}
      </section>
    </>,
  ) as Element[];
}
