import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { database } from '@/lib/db/connect';
import { retentionMonths } from '@/lib/env';
import { MAX_BODY_BYTES, readFeedback, typedValues } from '@/lib/feedback/form';
import { waitBeforePost } from '@/lib/feedback/limit';
import { lookUp } from '@/lib/feedback/lookup';
import { formChoices, formWithProblems, forgottenPage, privateHeaders, sentPage } from '@/lib/feedback/respond';
import { stampKeys } from '@/lib/feedback/keys';
import { readStamp } from '@/lib/feedback/stamp';
import { forgetSubmission, saveSubmission } from '@/lib/feedback/store';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { clientAddress } from '@/lib/http/client-address';
import { crossSite, readForm, refuseCrossSite } from '@/lib/http/form-post';

// The one address that takes a POST (docs/residents-messages.md): a route handler, not a Server
// Action, whose id changes with every build and would be stale in a page kept from the previous one.
export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest, { params }: RouteContext<'/[locale]/feedback/send'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  if (crossSite(request)) return refuseCrossSite(locale);
  const address = clientAddress(request.headers);
  const wait = await waitBeforePost(address);
  if (wait > 0) return badRequestResponse(locale, 'tooMany', { headers: { 'Retry-After': String(wait) } });
  const form = await readForm(request, locale, MAX_BODY_BYTES);
  if (form instanceof Response) return form;

  const read = readFeedback(form, formChoices());
  if (!read.ok) {
    const html = await formWithProblems(locale, request.nextUrl.origin, read);
    return new Response(html, { status: 422, headers: privateHeaders });
  }
  try {
    const db = await database();
    if (read.value.intent === 'forget') {
      const { reference } = read.value;
      // Deleted now, or already (the deletion's answer reloaded): the same answer.
      if ((await forgetSubmission(db, reference)) || (await lookUp(db, reference))?.found === false)
        return new Response(await forgottenPage(locale, request.nextUrl.origin), { headers: privateHeaders });
      const html = await formWithProblems(locale, request.nextUrl.origin, {
        intent: 'forget',
        values: { reference },
        problems: { reference: 'referenceInvalid' },
      });
      return new Response(html, { status: 422, headers: privateHeaders });
    }
    const { started, ...sent } = read.value;
    const { reference } = await saveSubmission(
      db,
      { ...sent, stamp: readStamp(stampKeys(), started) ?? null },
      { address, now: new Date() },
      { locale, retentionMonths: retentionMonths() },
    );
    // Committed: only now is the resident given its number, as this POST's answer and in no address
    // (docs/residents-messages.md). A reload sends the form again, which is the same submission.
    return new Response(await sentPage(locale, request.nextUrl.origin, reference), { headers: privateHeaders });
  } catch (error) {
    // Never the message or who sent it: only that the database failed.
    console.error(`feedback: the database failed (${error instanceof Error ? error.name : 'error'})`);
    if (read.value.intent === 'forget')
      return badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });
    // Nothing was kept: the form comes back with what the resident typed, to send again.
    const html = await formWithProblems(locale, request.nextUrl.origin, {
      intent: 'send',
      values: typedValues(form),
      problems: { text: 'notSaved' },
    });
    return new Response(html, { status: 503, headers: { ...privateHeaders, 'Retry-After': '30' } });
  }
}
