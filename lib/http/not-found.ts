import { type Locale, localePath } from '../../i18n/routing';
import { path } from '../site/routes';

/**
 * The localized 404 page, prerendered at app/[locale]/page-not-found. Next sends unknown paths under
 * a locale to it (the fallback rewrite in next.config.ts), the proxy sends unknown paths outside
 * the locales, and the build marks it as a 404 (lib/build/post-build.ts). Relative imports:
 * next.config.ts reads this file.
 */
export function notFoundPagePath(locale: Locale): string {
  return localePath(locale, path('/page-not-found'));
}
