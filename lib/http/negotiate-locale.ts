import { match } from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import { type Locale, routing } from '@/i18n/routing';

/**
 * The supported locale the browser prefers most (Accept-Language), as next-intl's middleware
 * chooses it at `/`: the same libraries, for the answers the proxy gives outside the locales.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const languages = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? undefined } }).languages();
  try {
    const matched = match(languages, routing.locales, routing.defaultLocale);
    return routing.locales.find((l) => l === matched.toLowerCase()) ?? routing.defaultLocale;
  } catch {
    // A malformed language tag.
    return routing.defaultLocale;
  }
}
