import { setTimeout as sleep } from 'node:timers/promises';
import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { database } from '@/lib/db/connect';
import { LOOKUP_BODY_BYTES, LOOKUP_MS, waitBeforeLookup } from '@/lib/feedback/limit';
import { lookUp } from '@/lib/feedback/lookup';
import { readReference } from '@/lib/feedback/reference';
import { privateHeaders, statusPage } from '@/lib/feedback/respond';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { clientAddress } from '@/lib/http/client-address';
import { cleanText } from '@/lib/http/form-text';
import { crossSite, readForm, refuseCrossSite } from '@/lib/http/form-post';

// "What became of my message": the reference comes in a POST's body, never in an address a browser
// keeps or a log writes; the answer is never stored, and takes the same time whether the message is
// there or not (docs/residents-messages.md).
export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest, { params }: RouteContext<'/[locale]/feedback/look'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (crossSite(request)) return refuseCrossSite(locale);
  const wait = await waitBeforeLookup(clientAddress(request.headers));
  if (wait > 0) return badRequestResponse(locale, 'tooMany', { headers: { 'Retry-After': String(wait) } });
  const form = await readForm(request, locale, LOOKUP_BODY_BYTES);
  if (form instanceof Response) return form;

  const started = performance.now();
  const typed = cleanText(form.get('reference') ?? '').slice(0, 100);
  const reference = readReference(typed);
  const origin = request.nextUrl.origin;
  try {
    const looked = reference ? await lookUp(await database(), reference) : undefined;
    await sleep(Math.max(0, LOOKUP_MS - (performance.now() - started)));
    if (looked) return new Response(await statusPage(locale, origin, { looked }), { headers: privateHeaders });
    const problem = !typed ? 'referenceMissing' : 'referenceInvalid';
    return new Response(await statusPage(locale, origin, { typed, problem }), {
      status: reference ? 404 : 422,
      headers: privateHeaders,
    });
  } catch (error) {
    console.error(`feedback: the database failed (${error instanceof Error ? error.name : 'error'})`);
    return badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });
  }
}
