import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { database } from '@/lib/db/connect';
import { readReference } from '@/lib/feedback/reference';
import { privateHeaders, sentPage } from '@/lib/feedback/respond';
import { findSubmission } from '@/lib/feedback/store';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { notFoundResponse } from '@/lib/http/not-found-response';

// A resident's acknowledgement: the number of what they sent, shown only if it is there. Nothing else
// of it is shown, and the page is never kept by a cache.
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/feedback/sent/[reference]'>) {
  const { locale, reference: typed } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const reference = readReference(typed);
  try {
    const found = reference ? await findSubmission(await database(), reference) : undefined;
    if (!found) return notFoundResponse(locale, request.nextUrl.origin);
    return new Response(await sentPage(locale, request.nextUrl.origin, found.reference), { headers: privateHeaders });
  } catch (error) {
    console.error(`feedback: the database failed (${error instanceof Error ? error.name : 'error'})`);
    return badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });
  }
}
