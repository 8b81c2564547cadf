import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { readReference } from '@/lib/feedback/reference';
import { submissionPage } from '@/lib/inbox/pages';
import { signedIn, guarded } from '@/lib/inbox/request';

export const dynamic = 'force-dynamic';

/** What a page of one submission may say it has just done (?done=answer, after the form's 303). */
const done = ['status', 'answer', 'publish', 'outcome', 'outcome-removed'] as const;

/** /{locale}/inbox/<reference>: one submission, its history, and what the reader's role can do with it. */
export const GET = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/[reference]'>) => {
  const { locale, reference: typed } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const reference = readReference(typed) ?? typed;
  const said = request.nextUrl.searchParams.get('done');
  const did = done.find((d) => d === said);
  const message = did ? { text: signed.view.t(`done.${did}`), kind: 'status' as const } : undefined;
  return submissionPage(signed, request.nextUrl.origin, reference, { ...(message ? { message } : {}) });
});
