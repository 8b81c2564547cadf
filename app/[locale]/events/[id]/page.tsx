import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FormattedDate } from '@/components/FormattedDate';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import { getArticle, getEvent, getEvents } from '@/lib/content/queries';
import { eventLabels } from '@/lib/format/event-labels';
import { sectionMetadata } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { eventData } from '@/lib/seo/structured-data';

type Props = PageProps<'/[locale]/events/[id]'>;

export function generateStaticParams() {
  return getEvents().map(({ id }) => ({ id }));
}

/** The event of this page; a build only ever asks for known ones (README: unknown paths). */
async function load({ params }: Props) {
  const event = getEvent((await params).id);
  if (!event) notFound();
  const locale = await getLocale();
  return { event, locale, labels: await eventLabels(locale) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { event, locale, labels } = await load(props);
  const description = `${labels.format(event.format)} · ${event.place[locale]} · ${labels.status(event)}`;
  return sectionMetadata(locale, `/events/${event.id}`, event.title[locale], description);
}

export default async function EventPage(props: Props) {
  const { event, locale, labels } = await load(props);
  const t = await getTranslations('Events');
  const tNav = await getTranslations('Nav');
  const article = event.article ? getArticle(locale, event.article) : undefined;
  const href = `/events/${event.id}`;
  const description = `${labels.format(event.format)} · ${labels.status(event)}`;
  return (
    <Page href={href}>
      <JsonLd data={eventData(event, locale, description, await siteNames(locale))} />
      <PageIntro
        href={href}
        crumbs={[
          { href: '/', label: tNav('home') },
          { href: '/events', label: tNav('events') },
        ]}
        title={event.title[locale]}
      />
      <dl className="mt-8 grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('date')}</dt>
        <dd>
          <FormattedDate iso={event.date} locale={locale} />
        </dd>
        <dt className="font-semibold">{t('place')}</dt>
        <dd>{event.place[locale]}</dd>
        <dt className="font-semibold">{t('format')}</dt>
        <dd>{labels.format(event.format)}</dd>
        <dt className="font-semibold">{t('status')}</dt>
        <dd>{labels.status(event)}</dd>
        {article && (
          <>
            <dt className="font-semibold">{t('article')}</dt>
            <dd>
              <Link href={`/news/${article.slug}`}>{article.title}</Link>
            </dd>
          </>
        )}
      </dl>
      <p className="mt-8">
        <a href={`/${locale}/events/${event.id}/calendar.ics`} type="text/calendar" className="font-semibold">
          {t('calendarOne')}
        </a>
      </p>
    </Page>
  );
}
