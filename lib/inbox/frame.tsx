import 'server-only';
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound, unstable_rethrow } from 'next/navigation';
import type { ReactNode } from 'react';
import { Page } from '@/components/Page';
import { type Locale, routing } from '@/i18n/routing';
import { titleWithSite } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { type Signed, signedInHere } from './request';
import { Notice } from './views/notice';
import { InboxBar } from './views/parts';
import type { View } from './views/view';

/*
 * What every page of the inbox (app/[locale]/(inbox)) shares: its language from the address, its title,
 * the site's frame around it, the signed-in person it is drawn for, and the word it says when the
 * database fails (never a 500).
 */

/** The address's language, or the 404 page. */
export function inboxLocale({ locale }: { locale: string }): Locale {
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}

/** The page's title with the site's name; never indexed. */
export async function inboxMetadata(asked: string, title: (t: View['t']) => string): Promise<Metadata> {
  const locale = inboxLocale({ locale: asked });
  const t = await getTranslations({ locale, namespace: 'Inbox' });
  const { shortName } = await siteNames(locale);
  return { title: { absolute: titleWithSite(title(t), shortName) }, robots: { index: false, follow: false } };
}

/** A page's query as URLSearchParams (a name given twice keeps both). */
export function queryOf(params: Record<string, string | string[] | undefined>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(params).flatMap(([name, value]) =>
      (Array.isArray(value) ? value : [value ?? '']).map((v) => [name, v]),
    ),
  );
}

/** A page of the inbox at `href` (its address without the language), drawn for the signed-in person. */
export async function InboxFrame({
  locale,
  href,
  draw,
}: {
  locale: Locale;
  href: string;
  draw: (signed: Signed) => Promise<ReactNode>;
}) {
  let content: ReactNode;
  try {
    const signed = await signedInHere(locale);
    content = signed ? await draw(signed) : await unavailable(locale);
  } catch (error) {
    // Next's own (a redirect, not found) go on; anything else is the database failing halfway.
    unstable_rethrow(error);
    console.error(`inbox: a page failed (${error instanceof Error ? error.name : 'error'})`);
    content = await unavailable(locale);
  }
  return (
    <Page href={href} width="wide">
      {content}
    </Page>
  );
}

async function unavailable(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Inbox' });
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight">{t('title')}</h1>
      <Notice kind="alert">{t('unavailable')}</Notice>
    </>
  );
}

/** A refusal inside the inbox, with its navigation: a role that does not reach this, or an address it cannot read. */
export function Refused({ view, word }: { view: View; word: 'forbidden' | 'bad' | 'badForm' | 'csrf' | 'notFound' }) {
  return (
    <>
      <InboxBar view={view} />
      <Notice kind="alert">{view.t(word)}</Notice>
    </>
  );
}

/** What a page says it has just done (?done=…, after a form's 303), if it is one of `known`. */
export function doneText<K extends string>(view: View, said: string | null, known: readonly K[]): string | undefined {
  const did = known.find((k) => k === said);
  return did ? view.t(`done.${did as 'status'}`) : undefined;
}
