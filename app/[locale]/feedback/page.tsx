import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ErrorSummary, FeedbackForm } from '@/components/feedback/FeedbackForm';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { getContact, getDistricts, getTopics } from '@/lib/content/queries';
import { retentionMonths } from '@/lib/env';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';

// The residents' form, prerendered. It is also the template each answer to a POST with problems, and
// each event's "ask about this meeting", fills (lib/frames; app/[locale]/feedback/send).

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Feedback');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/feedback',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

export default async function FeedbackPage() {
  const t = await getTranslations('Feedback');
  const tNav = await getTranslations('Nav');
  return (
    <Page href={path('/feedback')} template>
      <PageIntro href={path('/feedback')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        <p>{t('intro')}</p>
      </PageIntro>
      <ErrorSummary />
      <FeedbackForm
        topics={getTopics()}
        districts={getDistricts()}
        operator={getContact().operator}
        channels={getContact().channels.length > 0}
        retentionMonths={retentionMonths()}
      />
    </Page>
  );
}
