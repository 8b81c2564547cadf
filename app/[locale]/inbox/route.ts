import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { retentionMonths } from '@/lib/env';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { readFilter } from '@/lib/inbox/filters';
import { inboxPage } from '@/lib/inbox/respond';
import { signedIn, guarded } from '@/lib/inbox/request';
import { lastRetentionRun, listSubmissions } from '@/lib/inbox/submissions';
import { listView } from '@/lib/inbox/views/list';

export const dynamic = 'force-dynamic';

/** /{locale}/inbox?status=…&district=…&q=…&page=N: residents' submissions, newest first (README: the inbox). */
export const GET = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const asked = readFilter(request.nextUrl.searchParams);
  if (!asked) return badRequestResponse(locale, 'address');
  const { filter, page } = asked;
  const [{ rows, total }, retention] = await Promise.all([
    listSubmissions(signed.db, filter, page),
    lastRetentionRun(signed.db),
  ]);
  return inboxPage(
    locale,
    request.nextUrl.origin,
    listView(signed.view, { filter, page, rows, total, retention, months: retentionMonths() }),
    { href: `/inbox${request.nextUrl.search}`, title: signed.view.t('title') },
  );
});
