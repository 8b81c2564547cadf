import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { FormattedDate } from '@/components/FormattedDate';
import { JsonLd } from '@/components/JsonLd';
import { PageIntro } from '@/components/PageIntro';
import { Link } from '@/i18n/navigation';
import { resolvePageLocale } from '@/i18n/page-locale';
import { inEveryLocale } from '@/i18n/static-params';
import { getArticle, getEvent, getEvents } from '@/lib/content';
import { eventLabels } from '@/lib/event-labels';
import { sectionMetadata } from '@/lib/section-metadata';
import { siteNames } from '@/lib/site-names';
import { eventData } from '@/lib/structured-data';

export const dynamicParams = false;

export function generateStaticParams() {
  return inEveryLocale(getEvents().map(({ id }) => ({ id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/events/[id]'>): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const event = getEvent((await params).id);
  if (!event) return {};
  const labels = await eventLabels(locale);
  return sectionMetadata(
    locale,
    `/events/${event.id}`,
    event.title[locale],
    `${labels.format(event.format)} · ${event.place[locale]} · ${labels.status(event)}`,
  );
}

export default async function EventPage({ params }: PageProps<'/[locale]/events/[id]'>) {
  const locale = await resolvePageLocale(params);
  const event = getEvent((await params).id);
  if (!event) notFound();
  const t = await getTranslations('Events');
  const tNav = await getTranslations('Nav');
  const labels = await eventLabels(locale);
  const article = event.article ? getArticle(locale, event.article) : undefined;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <JsonLd
        data={eventData(
          event,
          locale,
          `${labels.format(event.format)} · ${labels.status(event)}`,
          await siteNames(locale),
        )}
      />
      <PageIntro
        href={`/events/${event.id}`}
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
    </div>
  );
}
