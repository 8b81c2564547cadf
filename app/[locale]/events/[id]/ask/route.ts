import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { routing } from '@/i18n/routing';
import { formAboutEvent } from '@/lib/feedback/respond';
import { cacheControl } from '@/lib/http/headers';
import { notFoundResponse } from '@/lib/http/not-found-response';

// "Ask about this meeting": the residents' form with the event filled in (the prerendered form page,
// filled: lib/frames), with a stamp of its own (lib/feedback/stamp.ts): kept by the browser alone.
export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/events/[id]/ask'>) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const html = await formAboutEvent(locale, request.nextUrl.origin, id);
  if (!html) return notFoundResponse(locale, request.nextUrl.origin);
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': cacheControl.form,
      'X-Robots-Tag': 'noindex',
    },
  });
}
