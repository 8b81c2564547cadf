'use server';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { unstable_rethrow } from 'next/navigation';
import { routing } from '@/i18n/routing';
import type { ActState } from './act-state';
import { refusal, runAction, says } from './actions';
import { signedInHere } from './request';
import { csrfMatches } from './sessions';

/**
 * Every form of the inbox (lib/inbox/views/form.tsx), posted to the page it is on: the person its
 * session cookie names (to the sign-in page if none), the session's token (CSRF; Next checks the
 * Origin too, and the proxy refuses another site's forms first), then the intent's handler
 * (lib/inbox/actions.ts). A database failing halfway is said on the form, never a 500.
 */
export async function act(_before: ActState, sent: FormData): Promise<ActState> {
  const locale = String(sent.get('locale'));
  if (!hasLocale(routing.locales, locale)) return {};
  const form = new URLSearchParams();
  for (const [name, value] of sent) if (typeof value === 'string' && !name.startsWith('$')) form.append(name, value);
  try {
    const signed = await signedInHere(locale, 'form');
    if (signed) {
      if (!csrfMatches(signed.session, form.get('csrf'))) return refusal(signed, 'csrf');
      return await runAction(signed, form);
    }
  } catch (error) {
    // Next's own (a redirect) go on; anything else is the database failing halfway.
    unstable_rethrow(error);
    console.error(`inbox: a form failed (${error instanceof Error ? error.name : 'error'})`);
  }
  // The database could not be opened, or failed halfway.
  return says((await getTranslations({ locale, namespace: 'Inbox' }))('unavailable'));
}
