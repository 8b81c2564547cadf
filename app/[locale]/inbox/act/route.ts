import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { crossSite, readForm, refuseCrossSite } from '@/lib/http/form-post';
import { act } from '@/lib/inbox/actions';
import { INBOX_BODY_BYTES } from '@/lib/inbox/answer-form';
import { forbidden, guarded, signedIn } from '@/lib/inbox/request';
import { csrfMatches } from '@/lib/inbox/sessions';

export const dynamic = 'force-dynamic';

/**
 * /{locale}/inbox/act: every form of the inbox (docs/inbox.md). Each carries its session's token
 * (CSRF) and its intent, whose handler lib/inbox/actions.ts runs.
 */
export const POST = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/act'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (crossSite(request)) return refuseCrossSite(locale);
  const form = await readForm(request, locale, INBOX_BODY_BYTES);
  if (form instanceof Response) return form;
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const origin = request.nextUrl.origin;
  if (!csrfMatches(signed.session, form.get('csrf'))) return forbidden(signed, origin, '/inbox', 'csrf');
  return act(signed, form, origin);
});
