import type { ReactNode } from 'react';
import { Hast } from '@/components/Hast';
import { formStyles } from '@/components/form/styles';
import { pagination } from '@/components/pagination/markup';
import { localePath } from '@/i18n/routing';
import { dottedDay } from '@/lib/format/dates';
import { path } from '@/lib/site/routes';
import { ActForm, Input } from './form';
import type { View } from './view';

/*
 * The pieces every page of the inbox is made of, as server components: its forms (./form.tsx: each
 * posted with its session's token), its parts, its bar. The controls look as the residents' form does
 * (components/form/styles.ts).
 */

export const styles = formStyles;

/** A form of the inbox: its intent, and the message it acts on, if any. */
export function Act({
  view,
  intent,
  reference,
  className,
  children,
}: {
  view: View;
  intent: string;
  reference?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ActForm
      intent={intent}
      csrf={view.session?.csrf ?? ''}
      locale={view.locale}
      {...(reference ? { reference } : {})}
      {...(className ? { className } : {})}
    >
      {children}
    </ActForm>
  );
}

export function Submit({ style = 'primary', children }: { style?: keyof typeof styles; children: ReactNode }) {
  return (
    <button type="submit" className={styles[style]}>
      {children}
    </button>
  );
}

/**
 * A day, typed as Kazakhstan writes it ("05.12.2026", the format named in the label): a browser's date
 * field shows its own interface's order instead, often mm/dd/yyyy (lib/http/form-text.ts: formDay).
 */
export function DayInput({
  view,
  id,
  label,
  value,
  attributes = {},
}: {
  view: View;
  id: string;
  label: string;
  value: string | undefined;
  attributes?: Record<string, string | boolean>;
}) {
  return (
    <Input
      id={id}
      label={`${label} (${view.t('dayFormat')})`}
      value={dottedDay(value)}
      attributes={{
        inputMode: 'numeric',
        autoComplete: 'off',
        pattern: '\\d{1,2}\\.\\d{1,2}\\.\\d{4}',
        className: `${styles.field} mt-1 max-w-48`,
        ...attributes,
      }}
    />
  );
}

/** A part of a page, named by its heading (`id`-title). */
export function Part({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <section className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The bar above every page of a signed-in press officer: who, where, and sign-out. */
export function InboxBar({ view }: { view: View }) {
  const { t, session, locale } = view;
  const links: [string, string][] = [[localePath(locale, path('/inbox')), t('navList')]];
  if (session?.role === 'admin') links.push([localePath(locale, path('/inbox/audit')), t('navAudit')]);
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4">
      <nav aria-label={t('title')}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 font-semibold">
          {links.map(([href, text]) => (
            <li key={href}>
              <a href={href}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-4">
        <p className={styles.muted}>
          {session ? t('signedInAs', { name: session.name, role: t(`roles.${session.role}`) }) : ''}
        </p>
        <Act view={view} intent="sign-out">
          <Submit style="secondary">{t('signOut')}</Submit>
        </Act>
      </div>
    </div>
  );
}

/** Newer and older pages of an inbox list: the site's own pagination (components/pagination). */
export function Pager({
  view,
  page,
  totalPages,
  hrefOf,
}: {
  view: View;
  page: number;
  totalPages: number;
  hrefOf: (page: number) => string;
}) {
  const { t } = view;
  const pageOf = t('page', { page, pages: totalPages });
  const tree = pagination({
    page,
    totalPages,
    hrefOf,
    label: pageOf,
    words: { previous: t('newer'), next: t('older'), pageOf },
  });
  return tree ? <Hast tree={tree} /> : null;
}
