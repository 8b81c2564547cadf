import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { type Locale, localePath, routing } from '@/i18n/routing';
import { database } from '@/lib/db/connect';
import { retentionMonths } from '@/lib/env';
import { MAX_BODY_BYTES, readFeedback } from '@/lib/feedback/form';
import { waitBeforePost } from '@/lib/feedback/limit';
import { formChoices, formWithProblems, privateHeaders } from '@/lib/feedback/respond';
import { forgetSubmission, saveSubmission } from '@/lib/feedback/store';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { clientAddress } from '@/lib/http/client-address';
import { crossSite, readForm, refuseCrossSite } from '@/lib/http/form-post';
import { path } from '@/lib/site/routes';

// The one address that takes a POST (docs/residents-messages.md): a route handler, not a Server
// Action, whose id changes with every build and would be stale in a page kept from the previous one.
export const dynamic = 'force-dynamic';

const seeOther = (locale: Locale, href: string) =>
  new Response(null, {
    status: 303,
    headers: {
      // Relative (RFC 9110 §10.2.2): right behind nginx and on any host name the site is reached by.
      Location: localePath(locale, href),
      'Cache-Control': 'no-store',
    },
  });

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
      if (await forgetSubmission(db, reference)) return seeOther(locale, path('/feedback/forgotten'));
      const html = await formWithProblems(locale, request.nextUrl.origin, {
        intent: 'forget',
        values: { reference },
        problems: { reference: 'referenceInvalid' },
      });
      return new Response(html, { status: 422, headers: privateHeaders });
    }
    const { reference } = await saveSubmission(
      db,
      read.value,
      { address, now: new Date() },
      { locale, retentionMonths: retentionMonths() },
    );
    // Committed: only now is the resident given its number.
    return seeOther(locale, path('/feedback/sent/[reference]', { reference }));
  } catch (error) {
    // Never the message or who sent it: only that the database failed.
    console.error(`feedback: the database failed (${error instanceof Error ? error.name : 'error'})`);
    return badRequestResponse(locale, 'unavailable', { headers: { 'Retry-After': '30' } });
  }
}
