import 'server-only';
import type { Element, ElementContent } from 'hast';
import { type Locale, localePath, otherLocale } from '@/i18n/routing';
import { cacheControl } from '@/lib/http/headers';
import { titleWithSite } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { getTemplate } from '@/lib/frames/load';
import { fillTemplate } from '@/lib/frames/frame';
import { signInView } from './views/sign-in';
import { viewIn } from './views/view';

/*
 * Every page of the inbox is the prerendered sign-in page (app/[locale]/inbox/sign-in) with its main
 * part filled per request (lib/frames): the site's header, footer, stylesheet and policy. Never
 * kept by a browser, nginx or a CDN; never indexed.
 */

export const inboxHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': cacheControl.private,
  'X-Robots-Tag': 'noindex, nofollow',
};

export type PageOptions = {
  /** The address of this page without the language, for the language switch. */
  href: string;
  title?: string;
  status?: number;
  headers?: Record<string, string>;
};

export async function inboxPage(
  locale: Locale,
  origin: string,
  main: ElementContent[] | ((own: Element) => ElementContent[]),
  { href, title, status = 200, headers = {} }: PageOptions,
): Promise<Response> {
  const template = await getTemplate('inbox', locale, origin);
  const { shortName } = await siteNames(locale);
  const html = fillTemplate(template, {
    ...(title ? { title: titleWithSite(title, shortName) } : {}),
    slots: {
      main: (own) => ({ ...own, children: typeof main === 'function' ? main(own) : main }),
      switch: (link) => ({ ...link, properties: { ...link.properties, href: localePath(otherLocale(locale), href) } }),
    },
  });
  return new Response(html, { status, headers: { ...inboxHeaders, ...headers } });
}

export type SignInWord = 'refused' | 'expired' | 'failed' | 'signedOut' | 'notSetUp';

/** The sign-in page with a word above its button (none while sign-in is not set up). */
export async function signInPage(
  locale: Locale,
  origin: string,
  word: SignInWord,
  { status, headers }: { status: number; headers?: Record<string, string> },
): Promise<Response> {
  const { t } = await viewIn(locale);
  const kind = word === 'signedOut' ? 'status' : 'alert';
  return inboxPage(locale, origin, (own) => signInView(own, { text: t(word), kind }, { button: word !== 'notSetUp' }), {
    href: '/inbox/sign-in',
    status,
    ...(headers ? { headers } : {}),
  });
}
