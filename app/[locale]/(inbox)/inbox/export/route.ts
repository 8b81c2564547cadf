import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { localePath, routing } from '@/i18n/routing';
import { crossSite, readForm, refuseCrossSite } from '@/lib/http/form-post';
import { exportResponse } from '@/lib/inbox/export';
import { INBOX_BODY_BYTES } from '@/lib/inbox/body-limit';
import { readFilter } from '@/lib/inbox/filters';
import { allowed, guarded, seeOther, signedIn } from '@/lib/inbox/request';
import { csrfMatches } from '@/lib/inbox/sessions';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

/**
 * /{locale}/inbox/export: the CSV of what a filter of the list shows (docs/inbox.md), with the
 * residents' contact details for an administrator who asks; a plain form with its session's token,
 * since a file to download is no server action's answer. A refusal goes back to the list, which says it.
 */
export const POST = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/export'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (crossSite(request)) return refuseCrossSite(locale);
  const form = await readForm(request, locale, INBOX_BODY_BYTES);
  if (form instanceof Response) return form;
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const back = (word: 'csrf' | 'forbidden' | 'bad') =>
    seeOther(`${localePath(locale, path('/inbox'))}?refused=${word}`);
  if (!csrfMatches(signed.session, form.get('csrf'))) return back('csrf');
  const withContacts = form.get('intent') === 'export-with-contacts';
  if (!allowed(signed, withContacts ? 'contacts' : 'export')) return back('forbidden');
  const asked = readFilter(new URLSearchParams([...form].filter(([name]) => name !== 'csrf' && name !== 'intent')));
  if (!asked) return back('bad');
  return exportResponse(signed, asked.filter, withContacts);
});
