import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { EventList } from '@/components/EventList';
import { Page } from '@/components/Page';
import { PageIntro } from '@/components/PageIntro';
import { Section } from '@/components/Section';
import { SourceLink } from '@/components/SourceLink';
import { getEvents, getPlannedEventsFigure } from '@/lib/content/queries';
import { eventLabels, planFormats } from '@/lib/format/event-labels';
import { sectionMetadata } from '@/lib/seo/metadata';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Events');
  return sectionMetadata(await getLocale(), '/events', t('title'), t('description'));
}

export default async function EventsPage() {
  const locale = await getLocale();
  const t = await getTranslations('Events');
  const tNav = await getTranslations('Nav');
  const labels = await eventLabels(locale);
  const plan = getPlannedEventsFigure();
  const events = getEvents();
  return (
    <Page href="/events">
      <PageIntro href="/events" crumbs={[{ href: '/', label: tNav('home') }]} title={t('title')} />

      {plan && (
        <Section id="plan" title={t('planTitle')} className="mt-8">
          <p className="mt-3 text-lg">{t('planText', { planned: plan.value })}</p>
          <p className="mt-1">
            <SourceLink source={plan.source} />
          </p>

          <h3 className="mt-6 text-xl font-semibold">{t('formatsTitle')}</h3>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {planFormats.map((format) => (
              <li key={format} className="rounded border border-line px-4 py-3">
                {labels.format(format)}
              </li>
            ))}
          </ul>

          <div className="mt-8 rounded-lg bg-wash p-5">
            <p id="progress-label" className="font-semibold">
              {t('progress', { count: events.length, planned: plan.value })}
            </p>
            <progress
              className="mt-3 h-3 w-full accent-brand"
              value={events.length}
              max={plan.value}
              aria-labelledby="progress-label"
            >
              {events.length} / {plan.value}
            </progress>
          </div>
        </Section>
      )}

      <Section id="record" title={t('recordTitle')}>
        <div className="mt-6">
          <EventList events={events} formatLabel={(event) => labels.format(event.format)} />
        </div>
        <p className="mt-6 text-muted">{t('notYetPublished')}</p>
        <p className="mt-6">
          <a href={`/${locale}/events.ics`} type="text/calendar" className="font-semibold">
            {t('calendarAll')}
          </a>
        </p>
      </Section>
    </Page>
  );
}
