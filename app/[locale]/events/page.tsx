import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EventListPage } from '@/components/EventListPage';
import { FeedbackCounts } from '@/components/feedback/FeedbackCounts';
import { PlanProgress } from '@/components/PlanProgress';
import { Section } from '@/components/Section';
import {
  getDistricts,
  getEventChoices,
  getEventProgress,
  getPlannedEventsFigure,
  isEventComing,
} from '@/lib/content/queries';
import { planFormats } from '@/lib/events/model';
import { Link } from '@/i18n/navigation';
import { eventsListPath } from '@/lib/site/lists';
import { eventsMetadata, loadEvents } from './listing';

export function generateMetadata(): Promise<Metadata> {
  return eventsMetadata(undefined, 1);
}

export default async function EventsPage() {
  const list = await loadEvents(undefined, 1);
  const t = await getTranslations('Events');
  const plan = getPlannedEventsFigure();
  return (
    <EventListPage {...list} choices={getEventChoices()} districts={getDistricts()} isComing={isEventComing}>
      {plan && (
        <Section id="plan" title={t('planTitle')} className="mt-8">
          <p className="mt-3 text-lg">{t('planText', { planned: plan.value })}</p>
          <h3 className="mt-6 text-xl font-semibold">{t('formatsTitle')}</h3>
          <ul className="mt-3 grid gap-2 sm:grid-cols-2">
            {/* Each format's events: the boxes are the links they look like. */}
            {planFormats.map((format) => (
              <li key={format}>
                <Link
                  href={eventsListPath({ kind: 'format', value: format })}
                  className="flex min-h-11 items-center rounded border border-line px-4 py-3 font-semibold hover:bg-wash"
                >
                  {list.labels.format(format)}
                </Link>
              </li>
            ))}
          </ul>
          <h3 className="mt-8 text-xl font-semibold">{t('progressTitle')}</h3>
          <div className="mt-3">
            <PlanProgress progress={getEventProgress()} plan={plan} districts={getDistricts()} labels={list.labels} />
          </div>
          <p className="mt-4 text-muted">{t('notYetPublished')}</p>
        </Section>
      )}
      <FeedbackCounts />
    </EventListPage>
  );
}
