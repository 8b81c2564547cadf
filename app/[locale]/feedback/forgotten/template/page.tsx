import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Feedback');
  const metadata = await sectionMetadata({
    locale: await getLocale(),
    route: '/feedback/forgotten/template',
    params: {},
    title: t('forgottenTitle'),
    description: t('forgottenIntro'),
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

/** What a resident is answered once what they sent is deleted: the answer to their POST (app/[locale]/feedback/send). */
export default async function ForgottenTemplatePage() {
  const t = await getTranslations('Feedback');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/feedback')}>
      <PageIntro
        href={path('/feedback/forgotten/template')}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/feedback'), label: t('title') },
        ]}
        title={t('forgottenTitle')}
      >
        <p>{t('forgottenIntro')}</p>
      </PageIntro>
      <p className="mt-8">
        <Link href={path('/feedback')} className="font-semibold">
          {t('sentAgain')}
        </Link>
      </p>
    </Page>
  );
}
