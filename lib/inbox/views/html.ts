import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { pagination } from '@/components/pagination/template';
import { localePath } from '@/i18n/routing';
import { path } from '@/lib/site/routes';
import type { View } from './words';

/*
 * The inbox's markup, as hast (lib/templates fills the sign-in page's frame with it; hast-util-to-html
 * escapes every text and attribute, residents' texts included). Forms post to one address
 * (/inbox/act) with their session's token; every one works without JavaScript.
 */

export const styles = {
  field: 'min-h-11 w-full rounded border border-muted bg-paper px-3 text-base text-ink',
  area: 'w-full rounded border border-muted bg-paper p-3 text-base text-ink',
  label: 'block font-semibold',
  primary: 'min-h-11 rounded bg-brand px-6 font-semibold text-white hover:bg-brand-dark',
  secondary: 'min-h-11 rounded border-2 border-brand-dark px-6 font-semibold text-brand-dark',
  danger: 'min-h-11 rounded bg-red-800 px-6 font-semibold text-white',
  box: 'rounded bg-wash p-4',
  muted: 'text-sm text-muted',
} as const;

export const actPath = (view: View) => localePath(view.locale, path('/inbox/act'));

/** A form of the inbox: posted with the session's token, its intent and its reference, if any. */
export function actForm(
  view: View,
  intent: string,
  children: ElementContent[],
  { reference, className }: { reference?: string; className?: string } = {},
): Element {
  return h('form', { method: 'post', action: actPath(view), className }, [
    h('input', { type: 'hidden', name: 'csrf', value: view.session?.csrf ?? '' }),
    h('input', { type: 'hidden', name: 'intent', value: intent }),
    ...(reference ? [h('input', { type: 'hidden', name: 'reference', value: reference })] : []),
    ...children,
  ]);
}

export const button = (text: string, style: keyof typeof styles = 'primary', extra: Record<string, string> = {}) =>
  h('button', { type: 'submit', className: styles[style], ...extra }, text);

/** A labelled select of `options` ([value, words]), with `selected` chosen. */
export function select(
  id: string,
  label: string,
  options: [string, string][],
  selected: string | undefined,
  name = id,
): Element {
  return h('div', [
    h('label', { className: styles.label, htmlFor: id }, label),
    h(
      'select',
      { id, name, className: `${styles.field} mt-1` },
      options.map(([value, text]) => h('option', { value, selected: value === (selected ?? '') }, text)),
    ),
  ]);
}

export function input(
  id: string,
  label: string,
  value: string | undefined,
  props: Record<string, string | number | boolean> = {},
): Element {
  return h('div', [
    h('label', { className: styles.label, htmlFor: id }, label),
    h('input', { id, name: id, value: value ?? '', className: `${styles.field} mt-1`, ...props }),
  ]);
}

export function textarea(
  id: string,
  label: string,
  value: string,
  props: Record<string, string | number | boolean> = {},
) {
  return h('div', [
    h('label', { className: styles.label, htmlFor: id }, label),
    h('textarea', { id, name: id, rows: 5, className: `${styles.area} mt-1`, ...props }, value),
  ]);
}

/** A message above the page's content: done (`status`) or refused (`alert`). */
export function notice(text: string, kind: 'status' | 'alert' = 'status'): Element {
  return h(
    'div',
    {
      role: kind,
      className:
        kind === 'alert'
          ? 'mt-6 rounded border-4 border-red-800 p-4 font-semibold'
          : 'mt-6 rounded border-4 border-brand p-4',
    },
    text,
  );
}

/** The bar above every page of a signed-in press officer: who, where, and sign-out. */
export function inboxBar(view: View): Element {
  const { t, session, locale } = view;
  const links: [string, string][] = [[localePath(locale, path('/inbox')), t('navList')]];
  if (session?.role === 'admin') links.push([localePath(locale, path('/inbox/audit')), t('navAudit')]);
  return h('div', { className: 'flex flex-wrap items-center justify-between gap-4 border-b border-line pb-4' }, [
    h(
      'nav',
      { ariaLabel: t('title') },
      h(
        'ul',
        { className: 'flex flex-wrap gap-x-6 gap-y-2 font-semibold' },
        links.map(([href, text]) => h('li', h('a', { href }, text))),
      ),
    ),
    h('div', { className: 'flex flex-wrap items-center gap-4' }, [
      h(
        'p',
        { className: styles.muted },
        session ? t('signedInAs', { name: session.name, role: t(`roles.${session.role}`) }) : '',
      ),
      actForm(view, 'sign-out', [button(t('signOut'), 'secondary')]),
    ]),
  ]);
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
