/** @jsxImportSource hastscript */
import type { Element, ElementContent } from 'hast';
import { formStyles } from '@/components/form/styles';
import { pagination } from '@/components/pagination/markup';
import { localePath } from '@/i18n/routing';
import { dottedDay } from '@/lib/format/dates';
import { element } from '@/lib/markup';
import { path } from '@/lib/site/routes';
import type { View } from './view';

/*
 * The inbox's markup, as JSX of hastscript's runtime (lib/markup.ts; lib/frames fills the sign-in
 * page's frame with it; hast-util-to-html escapes every text and attribute, residents' texts
 * included). Forms post to one address (/inbox/act) with their session's token; every one works
 * without JavaScript. The controls look as the residents' form does (components/form/styles.ts).
 */

export const styles = formStyles;

export const actPath = (view: View) => localePath(view.locale, path('/inbox/act'));

/** A form of the inbox: posted with the session's token, its intent and its reference, if any. */
export function actForm(
  view: View,
  intent: string,
  children: ElementContent[],
  { reference, className }: { reference?: string; className?: string } = {},
): Element {
  return element(
    <form method="post" action={actPath(view)} className={className}>
      <input type="hidden" name="csrf" value={view.session?.csrf ?? ''} />
      <input type="hidden" name="intent" value={intent} />
      {reference ? <input type="hidden" name="reference" value={reference} /> : undefined}
      {children}
    </form>,
  );
}

export const button = (text: string, style: keyof typeof styles = 'primary') =>
  element(
    <button type="submit" className={styles[style]}>
      {text}
    </button>,
  );

/** A form control with its label above it. */
const labelled = (id: string, label: string, control: Element): Element =>
  element(
    <div>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      {control}
    </div>,
  );

type Props = Record<string, string | number | boolean>;

/** A labelled select of `options` ([value, words]), with `selected` chosen. */
export const select = (id: string, label: string, options: [string, string][], selected: string | undefined) =>
  labelled(
    id,
    label,
    element(
      <select id={id} name={id} className={`${styles.field} mt-1`}>
        {options.map(([value, text]) => (
          <option value={value} selected={value === (selected ?? '')}>
            {text}
          </option>
        ))}
      </select>,
    ),
  );

export const input = (id: string, label: string, value: string | undefined, props: Props = {}) =>
  labelled(
    id,
    label,
    element(<input id={id} name={id} value={value ?? ''} className={`${styles.field} mt-1`} {...props} />),
  );

/**
 * A day, typed as Kazakhstan writes it ("05.12.2026", the format named in the label): a browser's date
 * field shows its own interface's order instead, often mm/dd/yyyy (lib/http/form-text.ts: formDay).
 */
export const dayInput = (view: View, id: string, label: string, value: string | undefined, props: Props = {}) =>
  input(id, `${label} (${view.t('dayFormat')})`, dottedDay(value), {
    inputMode: 'numeric',
    autoComplete: 'off',
    pattern: '\\d{1,2}\\.\\d{1,2}\\.\\d{4}',
    className: `${styles.field} mt-1 max-w-48`,
    ...props,
  });

export const textarea = (id: string, label: string, value: string, props: Props = {}) =>
  labelled(
    id,
    label,
    element(
      <textarea id={id} name={id} rows={5} className={`${styles.area} mt-1`} {...props}>
        {value}
      </textarea>,
    ),
  );

/** A part of a page, named by its heading (`id`-title). */
export const part = (id: string, title: string, className: string, children: ElementContent[]): Element =>
  element(
    <section className={className} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>,
  );

/** A message above the page's content: done (`status`) or refused (`alert`). */
export function notice(text: string, kind: 'status' | 'alert' = 'status'): Element {
  const className =
    kind === 'alert'
      ? 'mt-6 rounded border-4 border-red-800 p-4 font-semibold'
      : 'mt-6 rounded border-4 border-brand p-4';
  return element(
    <div role={kind} className={className}>
      {text}
    </div>,
  );
}

/** The bar above every page of a signed-in press officer: who, where, and sign-out. */
export function inboxBar(view: View): Element {
  const { t, session, locale } = view;
  const links: [string, string][] = [[localePath(locale, path('/inbox')), t('navList')]];
  if (session?.role === 'admin') links.push([localePath(locale, path('/inbox/audit')), t('navAudit')]);
  return element(
    <div className="flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4">
      <nav aria-label={t('title')}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2 font-semibold">
          {links.map(([href, text]) => (
            <li>
              <a href={href}>{text}</a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-wrap items-center gap-4">
        <p className={styles.muted}>
          {session ? t('signedInAs', { name: session.name, role: t(`roles.${session.role}`) }) : ''}
        </p>
        {actForm(view, 'sign-out', [button(t('signOut'), 'secondary')])}
      </div>
    </div>,
  );
}

/** Newer and older pages of an inbox list: the site's own pagination (components/pagination). */
export function pager(view: View, page: number, totalPages: number, hrefOf: (page: number) => string) {
  const { t } = view;
  const pageOf = t('page', { page, pages: totalPages });
  return pagination({
    page,
    totalPages,
    hrefOf,
    label: pageOf,
    words: { previous: t('newer'), next: t('older'), pageOf },
  });
}
