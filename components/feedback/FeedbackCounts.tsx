import { getLocale, getTranslations } from 'next-intl/server';
import { Section } from '@/components/Section';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getDistricts, getTopics } from '@/lib/content/queries';
import { OTHER, UNCHOSEN } from '@/lib/feedback/form';
import { getFeedbackCounts } from '@/lib/feedback/page-counts';
import { formatLongDate } from '@/lib/format/dates';
import { path } from '@/lib/site/routes';

/** What residents sent, counted: in all, by territory and by topic, as of when the build counted. */
export async function FeedbackCounts({ id = 'feedback' }: { id?: string }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations('Feedback');
  const tReports = await getTranslations('Reports');
  const counts = await getFeedbackCounts();
  const named = (list: readonly { id: string; name: Record<Locale, string> }[], other: string) => (key: string) =>
    key === OTHER ? other : key === UNCHOSEN ? t('notChosen') : (list.find((e) => e.id === key)?.name[locale] ?? key);
  const tables = [
    {
      title: t('countsByDistrict'),
      column: t('district'),
      rows: counts.byDistrict,
      name: named(getDistricts(), t('districtOther')),
    },
    { title: t('countsByTopic'), column: t('topic'), rows: counts.byTopic, name: named(getTopics(), t('topicOther')) },
  ];
  return (
    <Section id={id} title={t('countsTitle')} className="mt-8">
      <p className="mt-3 text-lg">
        {counts.total.received > 0
          ? t('counts', { received: counts.total.received, answered: counts.total.answered })
          : t('countsNone')}{' '}
        <span className="text-muted">{t('countsAsOf', { date: formatLongDate(counts.countedAt, locale) })}</span>
      </p>
      {counts.total.received > 0 && (
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          {tables.map(({ title, column, rows, name }) => (
            <table key={title} className="w-full text-start">
              <caption className="text-start font-semibold">{title}</caption>
              <thead>
                <tr className="border-b border-line text-sm text-muted">
                  <th scope="col" className="py-1 text-start font-normal">
                    {column}
                  </th>
                  <th scope="col" className="py-1 ps-4 text-end font-normal">
                    {t('countsReceived')}
                  </th>
                  <th scope="col" className="py-1 ps-4 text-end font-normal">
                    {t('countsAnswered')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(rows)
                  .sort(([, a], [, b]) => b.received - a.received)
                  .map(([key, tally]) => (
                    <tr key={key} className="border-b border-line">
                      <th scope="row" className="py-1 text-start font-normal">
                        {name(key)}
                      </th>
                      <td className="py-1 ps-4 text-end tabular-nums">{tally.received}</td>
                      <td className="py-1 ps-4 text-end tabular-nums">{tally.answered}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          ))}
        </div>
      )}
      <p className="mt-4">
        <Link href={path('/feedback')} className="font-semibold">
          {t('askLink')}
        </Link>
      </p>
      <p className="mt-2">
        <Link href={path('/reports')} className="font-semibold">
          {tReports('homeLink')}
        </Link>
      </p>
    </Section>
  );
}
