import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getDistricts, getEvents, getRecipients, getTopics } from '@/lib/content/queries';
import { formatLongDate, SITE_TIME_ZONE, intlLocale } from '@/lib/format/dates';
import { UNCHOSEN } from '@/lib/feedback/form';
import { outcomeKinds, submissionStatuses } from '@/lib/db/schema';
import type { Session } from '../sessions';

/** What every view of the inbox reads: its words, the content's names, the session, in one language. */
export type View = {
  locale: Locale;
  t: Awaited<ReturnType<typeof getTranslations<'Inbox'>>>;
  session?: Session;
  names: {
    topic: (id: string) => string;
    district: (id: string) => string;
    event: (id: string) => string;
    recipient: (id: string) => string;
    kind: (kind: string) => string;
    /** A status or a step in words; a code the inbox does not know (an older row's) as it is. */
    status: (status: string) => string;
    outcome: (kind: string) => string;
  };
  /** A moment in Kyzylorda's time: "2026 жылғы 2 желтоқсан, 14:05". */
  when: (iso: string) => string;
  day: (iso: string) => string;
};

export async function viewIn(locale: Locale, session?: Session): Promise<View> {
  const t = await getTranslations({ locale, namespace: 'Inbox' });
  const feedback = await getTranslations({ locale, namespace: 'Feedback' });
  const topics = new Map(getTopics().map((x) => [x.id, x.name[locale]]));
  const districts = new Map(getDistricts().map((x) => [x.id, x.name[locale]]));
  const events = new Map(getEvents().map((x) => [x.id, x.title[locale]]));
  const recipients = new Map(getRecipients().map((x) => [x.id, x.name[locale]]));
  const time = new Intl.DateTimeFormat(intlLocale[locale], { timeStyle: 'short', timeZone: SITE_TIME_ZONE });
  return {
    locale,
    t,
    session,
    names: {
      topic: (id) => topics.get(id) ?? (id === UNCHOSEN ? t('notChosen') : t('other')),
      district: (id) => districts.get(id) ?? (id === UNCHOSEN ? t('notChosen') : t('other')),
      event: (id) => events.get(id) ?? id,
      recipient: (id) => recipients.get(id) ?? id,
      status: (s) => ((submissionStatuses as readonly string[]).includes(s) ? t(`statuses.${s as 'new'}`) : s),
      outcome: (k) => ((outcomeKinds as readonly string[]).includes(k) ? t(`outcomes.${k as 'same-as'}`) : k),
      kind: (kind) =>
        feedback.has(`kinds.${kind}` as 'kinds.question') ? feedback(`kinds.${kind}` as 'kinds.question') : kind,
    },
    when: (iso) => `${formatLongDate(iso, locale)}, ${time.format(new Date(iso))}`,
    day: (iso) => formatLongDate(iso, locale),
  };
}
