import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { newForm } from '@/lib/feedback/respond';
import { cacheControl } from '@/lib/http/headers';

// The residents' form as /{locale}/feedback serves it (next.config.ts rewrites that address here): the
// prerendered page (app/[locale]/feedback) with a stamp of its own (lib/feedback/stamp.ts), so kept by the browser alone.
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/feedback/new'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  return new Response(await newForm(locale, request.nextUrl.origin), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl.form },
  });
}
