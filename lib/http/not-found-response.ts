import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '@/i18n/routing';
import { distDir } from '@/lib/env';
import { cacheControl } from './headers';
import { notFoundPagePath } from './not-found';

/**
 * The localized 404 page as a route handler's answer (an unknown event, an unknown reference): the
 * page the build prerendered, or in `next dev` the page as it is now.
 */
export async function notFoundResponse(locale: Locale, origin: string): Promise<Response> {
  const built = join(distDir(), 'server', 'app', `${notFoundPagePath(locale).slice(1)}.html`);
  const html = existsSync(/* turbopackIgnore: true */ built)
    ? readFileSync(/* turbopackIgnore: true */ built, 'utf8')
    : await (await fetch(new URL(notFoundPagePath(locale), origin))).text();
  return new Response(html, {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl.none },
  });
}
