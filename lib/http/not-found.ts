import type { Locale } from '@/i18n/routing';

/**
 * The localized 404 page, prerendered at app/[locale]/page-not-found. Next sends unknown paths under
 * a locale to it (the fallback rewrite in next.config.ts), the proxy sends unknown paths outside
 * the locales, and the build marks it as a 404 (scripts/not-found-status.ts).
 */
export const NOT_FOUND_SEGMENT = 'page-not-found';

export function notFoundPagePath(locale: Locale): string {
  return `/${locale}/${NOT_FOUND_SEGMENT}`;
}
