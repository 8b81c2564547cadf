import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { readFilter } from '@/lib/inbox/filters';
import { listPage } from '@/lib/inbox/pages';
import { guarded, refused, signedIn } from '@/lib/inbox/request';

export const dynamic = 'force-dynamic';

/** /{locale}/inbox?status=…&district=…&q=…&page=N: residents' submissions, newest first (docs/inbox.md). */
export const GET = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const asked = readFilter(request.nextUrl.searchParams);
  if (!asked) return refused(signed, request.nextUrl.origin, '/inbox', 'bad');
  return listPage(signed, request.nextUrl.origin, asked);
});
