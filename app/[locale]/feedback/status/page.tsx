import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ErrorSummary } from '@/components/feedback/FeedbackForm';
import { ReferenceForm } from '@/components/feedback/ReferenceForm';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { getPathname } from '@/i18n/navigation';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

// "What became of my message", prerendered: the form posts the reference to /feedback/look, whose
// answer is this page with the message's state in its `result` slot (lib/feedback/respond.ts). The
// reference never goes into an address.

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Feedback');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/feedback/status',
    params: {},
    title: t('statusTitle'),
    description: t('statusDescription'),
  });
}

export default async function StatusPage() {
  const t = await getTranslations('Feedback');
  const tNav = await getTranslations('Nav');
  const locale = await getLocale();
  return (
    <Page href={path('/feedback/status')}>
      <PageIntro
        href={path('/feedback/status')}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/feedback'), label: t('title') },
        ]}
        title={t('statusTitle')}
      >
        <p>{t('statusIntro')}</p>
      </PageIntro>
      <ErrorSummary />
      <ReferenceForm
        slot="lookup"
        action={getPathname({ href: path('/feedback/look'), locale })}
        submit={t('lookUp')}
        primary
      />
      <section data-slot="result" hidden />
      <p className="mt-8 rounded bg-wash p-4">{t('notOfficial')}</p>
    </Page>
  );
}
