import { expect, type Page } from '@playwright/test';
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };

/** Signs in to the inbox as one of the test provider's accounts (tests/inbox-env.ts), through its login form. */
export async function signIn(page: Page, login: string, locale: 'kk' | 'ru' = 'kk') {
  await page.goto(`/${locale}/inbox`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/inbox/sign-in$`));
  await page.getByRole('link', { name: (locale === 'kk' ? kk : ru).Inbox.signIn, exact: true }).click();
  // The provider asks for a login once per browser; signed in there already, it sends the browser back.
  await page.waitForURL((url) => url.pathname.startsWith('/interaction/') || url.pathname.includes('/inbox'));
  if (new URL(page.url()).pathname.startsWith('/interaction/')) {
    await page.locator('input[name=login]').fill(login);
    await page.locator('input[name=password]').fill('any password');
    await page.locator('button[type=submit]').click();
  }
}

/** The session's token, as the inbox's forms carry it. */
export const csrfOf = (page: Page) => page.locator('form input[name=csrf]').first().getAttribute('value');
