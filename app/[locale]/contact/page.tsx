import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import type { Locale } from '@/i18n/routing';
import { channelForms, channelWords } from '@/lib/content/kinds/contact';
import { getContact } from '@/lib/content/queries';
import { sectionMetadata } from '@/lib/seo/metadata';
import { path } from '@/lib/site/routes';
import { Link } from '@/i18n/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Contact');
  return sectionMetadata({
    locale: await getLocale(),
    route: '/contact',
    params: {},
    title: t('title'),
    description: t('description'),
  });
}

/** How to reach the coalition: what the press office entered (content/contact), and the form. */
export default async function ContactPage() {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Contact');
  const tNav = await getTranslations('Nav');
  const tFeedback = await getTranslations('Feedback');
  const { channels, hours, operator } = getContact();
  return (
    <Page href={path('/contact')}>
      <PageIntro href={path('/contact')} crumbs={[{ href: path('/'), label: tNav('home') }]} title={t('title')}>
        {channels.length === 0 && <p>{t('none')}</p>}
      </PageIntro>
      {channels.length > 0 && (
        <section aria-labelledby="channels-title" className="mt-8">
          <h2 id="channels-title" className="text-xl font-bold">
            {t('channels')}
          </h2>
          <dl className="mt-4 space-y-3">
            {channels.map((channel, i) => {
              const href = channelForms[channel.kind].href?.(channel.value);
              return (
                <div key={i}>
                  <dt className="font-semibold">{channel.note?.[locale] ?? channelWords[channel.kind][locale]}</dt>
                  <dd>{href ? <a href={href}>{channel.value}</a> : channel.value}</dd>
                </div>
              );
            })}
          </dl>
        </section>
      )}
      {hours && (
        <section aria-labelledby="hours-title" className="mt-8">
          <h2 id="hours-title" className="text-xl font-bold">
            {t('hours')}
          </h2>
          <p className="mt-2">{hours[locale]}</p>
        </section>
      )}
      <section aria-labelledby="write-title" className="mt-8">
        <h2 id="write-title" className="text-xl font-bold">
          {t('write')}
        </h2>
        <p className="mt-2">
          <Link href={path('/feedback')} className="font-semibold">
            {tFeedback('askLink')}
          </Link>
        </p>
        <p className="mt-2">
          <Link href={path('/feedback/status')} className="font-semibold">
            {tFeedback('statusLink')}
          </Link>
        </p>
      </section>
      {operator && (
        <section aria-labelledby="operator-title" className="mt-8 text-muted">
          <h2 id="operator-title" className="text-lg font-bold text-ink">
            {t('operator')}
          </h2>
          <p className="mt-2">
            {operator.name[locale]}, {operator.address[locale]}
            {operator.details ? `, ${operator.details}` : ''}
          </p>
        </section>
      )}
    </Page>
  );
}
