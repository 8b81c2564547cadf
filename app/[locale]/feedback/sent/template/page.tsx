import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { Link } from '@/i18n/navigation';
import { PageIntro } from '@/components/PageIntro';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

// What a resident is answered after writing, prerendered: the answer to the form's POST fills in the
// reference number (lib/frames), which no address ever holds. Its language switch leads to the other
// language's lookup page, where the number works as well.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Feedback');
  const metadata = await sectionMetadata({
    locale: await getLocale(),
    route: '/feedback/sent/template',
    params: {},
    title: t('sentTitle'),
    description: t('sentIntro'),
  });
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function SentTemplatePage() {
  const t = await getTranslations('Feedback');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/feedback/status')}>
      <PageIntro
        href={path('/feedback/sent/template')}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/feedback'), label: t('title') },
        ]}
        title={t('sentTitle')}
      >
        <p>{t('sentIntro')}</p>
      </PageIntro>
      <div className="mt-8 rounded border-4 border-brand p-6">
        <p className="text-lg">{t('sentReference')}</p>
        <p className="mt-2 font-mono text-3xl font-bold tracking-wider">
          <strong data-slot="reference">—</strong>
        </p>
        <p className="mt-4">{t('sentKeep')}</p>
      </div>
      <p className="mt-8">{t('sentNext')}</p>
      <p className="mt-4">
        <Link href={path('/feedback/status')} className="font-semibold">
          {t('statusLink')}
        </Link>
      </p>
      <p className="mt-4">{t('notOfficial')}</p>
      <p className="mt-8">
        <Link href={path('/feedback')} className="font-semibold">
          {t('sentAgain')}
        </Link>
      </p>
    </Page>
  );
}
