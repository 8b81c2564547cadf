import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { JsonLd } from '@/components/JsonLd';
import { Page } from '@/components/Page';
import { RelatedLinks } from '@/components/RelatedLinks';
import { ReportsAbout } from '@/components/reports/ReportsAbout';
import { ShareLinks } from '@/components/ShareLinks';
import { TopicLinks } from '@/components/topics/TopicLinks';
import { relatedEvents } from '@/lib/content/related';
import { PageIntro } from '@/components/PageIntro';
import { Figure } from '@/components/Photo';
import { Section } from '@/components/Section';
import { Link } from '@/i18n/navigation';
import { localePath } from '@/i18n/routing';
import { getArticle, getDistrict, getEvents, getQuestions, entryPage } from '@/lib/content/queries';
import { eventsListPath } from '@/lib/site/lists';
import { formatEventWhen } from '@/lib/format/dates';
import { eventLabels } from '@/lib/events/labels';
import { sectionMetadata } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { eventData } from '@/lib/seo/structured-data';
import { path } from '@/lib/site/routes';

type Props = PageProps<'/[locale]/events/[id]'>;

const page = entryPage('events');
export const generateStaticParams = page.generateStaticParams;

async function load({ params }: Props) {
  const event = await page.entry(params);
  const locale = await getLocale();
  const labels = eventLabels(locale);
  const district = getDistrict(event.district)?.name[locale];
  const when = formatEventWhen(event.start, event.end, locale);
  return { event, locale, labels, district, when };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { event, locale, labels, district, when } = await load(props);
  const where = [event.venue[locale], district].filter(Boolean).join(', ');
  const description = `${when} · ${where} · ${labels.format(event.format)} · ${labels.status(event)}`;
  return sectionMetadata({
    locale,
    route: '/events/[id]',
    params: { id: event.id },
    title: event.title[locale],
    description,
  });
}

export default async function EventPage(props: Props) {
  const { event, locale, labels, district, when } = await load(props);
  const t = await getTranslations('Events');
  const tFeedback = await getTranslations('Feedback');
  const tNav = await getTranslations('Nav');
  const tSite = await getTranslations('Site');
  const article = event.article ? getArticle(locale, event.article) : undefined;
  const href = path('/events/[id]', { id: event.id });
  const photos = event.photos.flatMap((p) => (p.photo ? [{ ...p, photo: p.photo }] : []));
  // What residents asked about it and the press office answered and published.
  const answered = getQuestions().filter((q) => q.event === event.id);
  return (
    <Page href={href}>
      <JsonLd
        data={eventData(
          event,
          locale,
          { district, region: tSite('region') },
          `${labels.format(event.format)} · ${labels.status(event)}`,
          await siteNames(locale),
        )}
      />
      <PageIntro
        href={href}
        crumbs={[
          { href: path('/'), label: tNav('home') },
          { href: path('/events'), label: tNav('events') },
        ]}
        title={event.title[locale]}
      />
      <dl className="mt-8 grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          <time dateTime={event.start.instant}>{when}</time>
        </dd>
        <dt className="font-semibold">{event.status === 'held' ? t('venuePast') : t('venue')}</dt>
        <dd>{event.venue[locale]}</dd>
        {district && (
          <>
            <dt className="font-semibold">{t('district')}</dt>
            <dd>
              <Link href={eventsListPath({ kind: 'district', value: event.district })}>{district}</Link>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t('format')}</dt>
        <dd>
          <Link href={eventsListPath({ kind: 'format', value: event.format })}>{labels.format(event.format)}</Link>
        </dd>
        <dt className="font-semibold">{t('status')}</dt>
        <dd>{labels.status(event)}</dd>
        {article && (
          <>
            <dt className="font-semibold">{t('article')}</dt>
            <dd>
              <Link href={path('/news/[slug]', { slug: article.slug })}>{article.title}</Link>
            </dd>
          </>
        )}
      </dl>
      <TopicLinks ids={event.topics} locale={locale} className="mt-6" />
      <p className="mt-8">
        <a
          href={localePath(locale, path('/events/[id]/calendar.ics', { id: event.id }))}
          type="text/calendar"
          className="font-semibold"
        >
          {t('calendarOne')}
        </a>
      </p>
      <p className="mt-4">
        <a href={localePath(locale, path('/events/[id]/ask', { id: event.id }))} className="font-semibold">
          {tFeedback('askAboutEvent')}
        </a>
      </p>
      {event.status === 'held' &&
        (event.participants !== undefined ||
          event.questionsRaised !== undefined ||
          event.outcome ||
          answered.length > 0) && (
          <Section id="event-outcome" title={t('outcomeTitle')}>
            <dl className="mt-4 grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
              {event.participants !== undefined && (
                <>
                  <dt className="font-semibold">{t('participants')}</dt>
                  <dd className="tabular-nums">{event.participants}</dd>
                </>
              )}
              {event.questionsRaised !== undefined && (
                <>
                  <dt className="font-semibold">{t('questionsRaised')}</dt>
                  <dd className="tabular-nums">{event.questionsRaised}</dd>
                </>
              )}
              {event.outcome && (
                <>
                  <dt className="font-semibold">{t('outcome')}</dt>
                  <dd className="whitespace-pre-line">{event.outcome[locale]}</dd>
                </>
              )}
            </dl>
            {answered.length > 0 && (
              <>
                <h3 className="mt-6 font-semibold">{t('residentsQuestions')}</h3>
                <ul className="mt-2 space-y-2">
                  {answered.map((q) => (
                    <li key={q.id}>
                      <Link href={path('/questions/[id]', { id: q.id })}>{q.question[locale]}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>
        )}
      {photos.length > 0 && (
        <Section id="event-photos" title={t('photos')}>
          <div className="mt-6 space-y-8">
            {photos.map((p) => (
              <Figure key={p.src} photo={p.photo} alt={p.alt[locale]} credit={p.credit[locale]} />
            ))}
          </div>
        </Section>
      )}
      <RelatedLinks
        title={t('related')}
        items={relatedEvents(event, getEvents()).map((e) => ({
          href: path('/events/[id]', { id: e.id }),
          title: e.title[locale],
          date: formatEventWhen(e.start, e.end, locale),
          dateTime: e.start.instant,
        }))}
      />
      <ReportsAbout locale={locale} about={(item) => item.event === event.id} />
      <ShareLinks title={event.title[locale]} href={href} />
    </Page>
  );
}
