import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { localePath } from '@/i18n/routing';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

// The press office's sign-in page, prerendered: the frame every page of the inbox fills per request
// (lib/frames, lib/inbox/respond.ts); its sign-in link is named (data-part) for the view that
// keeps it or leaves it out (lib/inbox/views/sign-in.ts). Never indexed, never in the sitemap.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Inbox');
  const metadata = await sectionMetadata({
    locale: await getLocale(),
    route: '/inbox/sign-in',
    params: {},
    title: t('signInTitle'),
    description: t('signInIntro'),
  });
  return { ...metadata, robots: { index: false, follow: false } };
}

export default async function InboxSignInPage() {
  const t = await getTranslations('Inbox');
  const locale = await getLocale();
  return (
    <Page href={path('/inbox/sign-in')} width="wide" template>
      <div data-slot="main">
        <h1 className="text-3xl font-bold leading-tight">{t('signInTitle')}</h1>
        <p className="mt-3 max-w-3xl text-lg text-muted">{t('signInIntro')}</p>
        <p className="mt-8" data-part="sign-in">
          {/* A plain link: the git host's sign-in page is another site, which the forms' policy would not reach. */}
          <a
            href={localePath(locale as 'kk' | 'ru', path('/inbox/auth'))}
            className="inline-flex min-h-11 items-center rounded bg-brand px-6 font-semibold text-white no-underline hover:bg-brand-dark"
          >
            {t('signIn')}
          </a>
        </p>
      </div>
    </Page>
  );
}
