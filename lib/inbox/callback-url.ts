import { type Locale, localePath } from '@/i18n/routing';
import { absoluteUrl } from '@/lib/seo/site-url';
import { path } from '@/lib/site/routes';

/** Where the git host sends a press officer back: registered with it, one per language (docs/inbox.md). */
export const callbackUrl = (locale: Locale) => absoluteUrl(localePath(locale, path('/inbox/auth/callback')));
