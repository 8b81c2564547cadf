import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { auditLogPage } from '@/lib/inbox/pages';
import { allowed, forbidden, guarded, refused, signedIn } from '@/lib/inbox/request';

export const dynamic = 'force-dynamic';

/** /{locale}/inbox/audit?page=N: the audit log and the open sessions, for administrators. */
export const GET = guarded(async (request: NextRequest, { params }: RouteContext<'/[locale]/inbox/audit'>) => {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const signed = await signedIn(request, locale);
  if (signed instanceof Response) return signed;
  const origin = request.nextUrl.origin;
  if (!allowed(signed, 'audit')) return forbidden(signed, origin, '/inbox/audit');
  const raw = request.nextUrl.searchParams.get('page') ?? '1';
  const page = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : undefined;
  if (!page || [...request.nextUrl.searchParams.keys()].some((k) => k !== 'page'))
    return refused(signed, origin, '/inbox/audit', 'bad');
  return auditLogPage(signed, origin, { page });
});
