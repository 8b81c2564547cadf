import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Feedback');
  const metadata = await sectionMetadata({
    locale: await getLocale(),
    route: '/feedback/forgotten',
    params: {},
    title: t('forgottenTitle'),
    description: t('forgottenIntro'),
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

/** Where a resident lands once what they sent is deleted. */
export default async function ForgottenPage() {
  const t = await getTranslations('Feedback');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/feedback/forgotten')}>
      <PageIntro
        href={path('/feedback/forgotten')}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/feedback'), label: t('title') },
        ]}
        title={t('forgottenTitle')}
      >
        <p>{t('forgottenIntro')}</p>
      </PageIntro>
    </Page>
  );
}
