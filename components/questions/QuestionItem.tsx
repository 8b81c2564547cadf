import { getTranslations } from 'next-intl/server';
import { FormattedDate } from '@/components/FormattedDate';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { Question } from '@/lib/content/kinds';
import { getDistrict, getEvent, getTopic } from '@/lib/content/queries';
import { topicListPath } from '@/lib/site/lists';
import { path } from '@/lib/site/routes';

/**
 * A published question with its answer: in the list (its question a link to its own page, at
 * `headingLevel`) and on its own page (`full`: its topic, territory, event and dates too).
 */
export async function QuestionItem({
  question: q,
  locale,
  headingLevel: Heading = 'h3',
  full = false,
}: {
  question: Question;
  locale: Locale;
  headingLevel?: 'h2' | 'h3';
  full?: boolean;
}) {
  const t = await getTranslations('Questions');
  const district = q.district ? getDistrict(q.district) : undefined;
  const event = q.event ? getEvent(q.event) : undefined;
  const topic = q.topic ? getTopic(q.topic) : undefined;
  const href = path('/questions/[id]', { id: q.id });
  return (
    <article className="border-b border-line py-6">
      {!full && (
        <Heading className="text-lg font-bold">
          <Link href={href}>{q.question[locale]}</Link>
        </Heading>
      )}
      <div className={full ? '' : 'mt-3'}>
        <p className="text-sm font-semibold text-muted">{t('answer')}</p>
        <p className="mt-1 whitespace-pre-line">{q.answer[locale]}</p>
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
        {full && topic && (
          <div className="flex gap-1">
            <dt>{t('topics')}:</dt>
            <dd>
              <Link href={topicListPath(topic.id)}>{topic.name[locale]}</Link>
            </dd>
          </div>
        )}
        {district && (
          <div className="flex gap-1">
            <dt>{t('district')}:</dt>
            <dd>
              <Link href={path('/events/district/[district]/[[...page]]', { district: district.id })}>
                {district.name[locale]}
              </Link>
            </dd>
          </div>
        )}
        {event && (
          <div className="flex gap-1">
            <dt>{t('event')}:</dt>
            <dd>
              <Link href={path('/events/[id]', { id: event.id })}>{event.title[locale]}</Link>
            </dd>
          </div>
        )}
        {full && (
          <div className="flex gap-1">
            <dt>{t('asked')}:</dt>
            <dd>
              <FormattedDate iso={q.asked} locale={locale} />
            </dd>
          </div>
        )}
        <div className="flex gap-1">
          <dt>{t('answered')}:</dt>
          <dd>
            <FormattedDate iso={q.answered} locale={locale} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
