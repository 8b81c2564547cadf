import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { localePath } from '@/i18n/routing';
import { inboxLocale, queryOf } from '@/lib/inbox/frame';
import { signInWords } from '@/lib/inbox/request';
import { inboxSettings } from '@/lib/inbox/settings';
import { Notice } from '@/lib/inbox/views/notice';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-dynamic';

type Props = PageProps<'/[locale]/inbox/sign-in'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = inboxLocale(await params);
  const t = await getTranslations({ locale, namespace: 'Inbox' });
  const metadata = await sectionMetadata({
    locale,
    route: '/inbox/sign-in',
    params: {},
    title: t('signInTitle'),
    description: t('signInIntro'),
  });
  return { ...metadata, robots: { index: false, follow: false } };
}

/**
 * The press office's sign-in page: a word above its button after a sign-in that failed or was refused,
 * a session that ended, a sign-out (?said=…); without the button while sign-in is not set up.
 */
export default async function InboxSignInPage({ params, searchParams }: Props) {
  const locale = inboxLocale(await params);
  const t = await getTranslations({ locale, namespace: 'Inbox' });
  const asked = queryOf(await searchParams).get('said');
  const set = inboxSettings() !== undefined;
  const said = set ? signInWords.find((w) => w === asked && w !== 'notSetUp') : 'notSetUp';
  return (
    <Page href={path('/inbox/sign-in')} width="wide">
      <h1 className="text-3xl font-bold leading-tight">{t('signInTitle')}</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">{t('signInIntro')}</p>
      {said ? <Notice kind={said === 'signedOut' ? 'status' : 'alert'}>{t(said)}</Notice> : null}
      {set ? (
        <p className="mt-8">
          {/* A plain link: the git host's sign-in page is another site, which the forms' policy would not reach. */}
          <a
            href={localePath(locale, path('/inbox/auth'))}
            className="inline-flex min-h-11 items-center rounded bg-brand px-6 font-semibold text-white no-underline hover:bg-brand-dark"
          >
            {t('signIn')}
          </a>
        </p>
      ) : null}
    </Page>
  );
}
