import { useLocale, useTranslations } from 'next-intl';
import { getPathname, Link } from '@/i18n/navigation';
import type { Contact, District, Topic } from '@/lib/content/kinds';
import { submissionKinds } from '@/lib/db/schema';
import { HONEYPOT, NAME_LIMIT, OTHER, STARTED, TEXT_LIMIT } from '@/lib/feedback/form';
import { path } from '@/lib/site/routes';
import { formStyles } from '@/components/form/styles';
import { ErrorFor } from './ErrorFor';
import { ReferenceForm } from './ReferenceForm';

/*
 * The residents' form: plain HTML that works without JavaScript, posted to /{locale}/feedback/send.
 * Prerendered once; the server fills it per request (lib/frames) with what was typed and where it
 * went wrong: each field's message is an element marked `data-error-for`, the summary at the top
 * `data-error-summary`, the event it is about `data-event` (lib/feedback/fill.tsx).
 */

const { field, label } = formStyles;
const hint = 'mt-1 text-sm text-muted';

export function ErrorSummary() {
  const t = useTranslations('Feedback');
  return (
    <div
      data-slot="summary"
      data-error-summary=""
      role="alert"
      tabIndex={-1}
      hidden
      className="mt-6 rounded border-4 border-red-800 p-4"
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        {t('errorSummary')}
      </h2>
      <ul className="mt-2 list-disc ps-6" />
    </div>
  );
}

export function FeedbackForm({
  topics,
  districts,
  operator,
  channels,
  retentionMonths,
}: {
  topics: readonly Topic[];
  districts: readonly District[];
  operator: Contact['operator'];
  /** Whether the coalition has published any way to reach it (content/contact). */
  channels: boolean;
  retentionMonths: number;
}) {
  const t = useTranslations('Feedback');
  const tReports = useTranslations('Reports');
  const locale = useLocale();
  const action = getPathname({ href: path('/feedback/send'), locale });
  const kinds = operator ? submissionKinds : submissionKinds.filter((kind) => kind !== 'volunteer');
  return (
    <>
      <form data-slot="send" action={action} method="post" noValidate className="mt-8 space-y-8">
        <input type="hidden" name="intent" value="send" />
        {/* When the page left the server (nginx stamps it): sent sooner than a person could, it is held. */}
        <input type="hidden" name={STARTED} value="" />
        <div data-event="" hidden className="rounded bg-wash p-4">
          <p className="font-semibold" data-event-title="" />
          <input type="hidden" name="event" value="" />
        </div>

        <fieldset aria-describedby="kind-error">
          <legend className={`${label} text-lg`}>{t('kind')}</legend>
          <ErrorFor name="kind" />
          <div className="mt-2 space-y-2">
            {kinds.map((kind, i) => (
              <label key={kind} className="flex min-h-11 items-center gap-3">
                <input
                  id={i === 0 ? 'kind' : `kind-${kind}`}
                  type="radio"
                  name="kind"
                  value={kind}
                  defaultChecked={i === 0}
                  className="size-5"
                />
                {t(`kinds.${kind}`)}
              </label>
            ))}
          </div>
          {/* Volunteering needs a way back to the resident: the form's contact fields, or the coalition's own. */}
          {operator ? (
            <p className={hint}>{t('volunteerHint')}</p>
          ) : (
            <p className={hint}>
              {t(channels ? 'volunteerContact' : 'volunteerNotYet')}{' '}
              <Link href={path('/contact')}>{t('contactPage')}</Link>
            </p>
          )}
        </fieldset>

        <div>
          <label htmlFor="topic" className={label}>
            {t('topic')}
          </label>
          <ErrorFor name="topic" />
          <select id="topic" name="topic" defaultValue="" className={`${field} mt-2`}>
            <option value="">{t('choose')}</option>
            {topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name[locale as 'kk' | 'ru']}
              </option>
            ))}
            <option value={OTHER}>{t('topicOther')}</option>
          </select>
        </div>

        <div>
          <label htmlFor="district" className={label}>
            {t('district')}
          </label>
          <ErrorFor name="district" />
          <select id="district" name="district" defaultValue="" className={`${field} mt-2`}>
            <option value="">{t('choose')}</option>
            {districts.map((district) => (
              <option key={district.id} value={district.id}>
                {district.name[locale as 'kk' | 'ru']}
              </option>
            ))}
            <option value={OTHER}>{t('districtOther')}</option>
          </select>
        </div>

        <div>
          <label htmlFor="text" className={label}>
            {t('text')}
          </label>
          <p id="text-hint" className={hint}>
            {t('textHint', { limit: TEXT_LIMIT })}
          </p>
          <ErrorFor name="text" />
          <textarea
            id="text"
            name="text"
            rows={8}
            maxLength={TEXT_LIMIT}
            aria-describedby="text-hint text-error"
            className={`${field} mt-2 py-2`}
            defaultValue=""
          />
        </div>

        {operator ? (
          <fieldset className="space-y-4">
            <legend className={`${label} text-lg`}>{t('you')}</legend>
            <p className={hint}>{t('anonymous')}</p>
            <div>
              <label htmlFor="name" className={label}>
                {t('name')}
              </label>
              <ErrorFor name="name" />
              <input
                id="name"
                name="name"
                type="text"
                maxLength={NAME_LIMIT}
                autoComplete="name"
                aria-describedby="name-error"
                className={`${field} mt-2`}
                defaultValue=""
              />
            </div>
            <div>
              <label htmlFor="contact" className={label}>
                {t('contact')}
              </label>
              <p id="contact-hint" className={hint}>
                {t('contactHint')}
              </p>
              <ErrorFor name="contact" />
              <input
                id="contact"
                name="contact"
                type="text"
                inputMode="email"
                autoComplete="email"
                aria-describedby="contact-hint contact-error"
                className={`${field} mt-2`}
                defaultValue=""
              />
            </div>
            <div>
              <ErrorFor name="consent" />
              <label className="flex items-start gap-3">
                <input
                  id="consent"
                  type="checkbox"
                  name="consent"
                  value="yes"
                  aria-describedby="consent-error"
                  className="mt-1 size-5 shrink-0"
                />
                <span>{t('consent', { operator: operator.name[locale as 'kk' | 'ru'], months: retentionMonths })}</span>
              </label>
            </div>
          </fieldset>
        ) : (
          <p className="rounded bg-wash p-4">{t('noContacts')}</p>
        )}

        {/* For programs that fill every field; people do not see it. */}
        <div className="sr-only" aria-hidden="true">
          <label htmlFor={HONEYPOT}>{t('honeypot')}</label>
          <input id={HONEYPOT} name={HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <section aria-labelledby="next-title" className="rounded bg-wash p-4">
          <h2 id="next-title" className="font-semibold">
            {t('nextTitle')}
          </h2>
          <ul className="mt-2 list-disc space-y-1 ps-6">
            <li>{t('nextRead')}</li>
            <li>{t('nextNumber')}</li>
            <li>{t('notOfficial')}</li>
            <li>{t('nextKept', { months: retentionMonths })}</li>
          </ul>
        </section>

        <button type="submit" className={formStyles.primary}>
          {t('send')}
        </button>
      </form>

      <p className="mt-12 border-t border-line pt-8">
        <Link href={path('/feedback/status')} className="font-semibold">
          {t('statusLink')}
        </Link>
      </p>
      <p className="mt-2">
        <Link href={path('/reports')} className="font-semibold">
          {tReports('homeLink')}
        </Link>
      </p>

      <section aria-labelledby="forget-title" className="mt-8">
        <h2 id="forget-title" className="text-xl font-bold">
          {t('forgetTitle')}
        </h2>
        <p className="mt-2 text-muted">{t('forgetIntro')}</p>
        <ReferenceForm slot="forget" action={action} intent="forget" submit={t('forget')} />
      </section>
    </>
  );
}
