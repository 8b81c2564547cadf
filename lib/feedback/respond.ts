import 'server-only';
import type { Element } from 'hast';
import { getTranslations } from 'next-intl/server';
import { type Locale, localePath, otherLocale } from '@/i18n/routing';
import {
  getContact,
  getDistricts,
  getEvent,
  getEvents,
  getQuestions,
  getRecipients,
  getTopics,
} from '@/lib/content/queries';
import { cacheControl } from '@/lib/http/headers';
import { path } from '@/lib/site/routes';
import { getTemplate } from '@/lib/frames/load';
import { fillTemplate } from '@/lib/frames/frame';
import { fillEvent, fillForm, fillSummary } from './fill';
import type { Looked } from './lookup';
import { statusResult } from './status-view';
import {
  type Choices,
  type FeedbackField,
  type FeedbackProblem,
  NAME_LIMIT,
  STARTED,
  TEXT_LIMIT,
  UNCHOSEN,
} from './form';
import { stampKeys } from './keys';
import { newStamp } from './stamp';

/*
 * The residents' form as one request has it (the prerendered page, filled: lib/frames): with what
 * was typed and where it went wrong, or about one event. No cookie, no store: what a resident typed
 * is theirs.
 */

export const privateHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': cacheControl.none,
  'X-Robots-Tag': 'noindex',
};

/** What the form offers: the content's topics, territories and events, and contacts when an operator is named. */
export function formChoices(): Choices {
  return {
    topics: getTopics().map((t) => t.id),
    districts: getDistricts().map((d) => d.id),
    events: new Set(getEvents().map((e) => e.id)),
    contacts: Boolean(getContact().operator),
  };
}

const setHref =
  (href: string) =>
  (link: Element): Element => ({ ...link, properties: { ...link.properties, href } });

/** The form page with the values typed and the problems found, in `locale`. */
export async function formWithProblems(
  locale: Locale,
  origin: string,
  {
    intent,
    values,
    problems,
  }: {
    intent: 'send' | 'forget';
    values: Record<string, string>;
    problems: Partial<Record<FeedbackField, FeedbackProblem>>;
  },
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const errors = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      t(`errors.${problem!}`, { limit: field === 'name' ? NAME_LIMIT : TEXT_LIMIT }),
    ]),
  );
  const template = await getTemplate('feedback', locale, origin);
  const event = values.event ? getEvent(values.event) : undefined;
  return fillTemplate(template, {
    title: (own) => `${t('errorTitle')}: ${own}`,
    slots: {
      send: (form) => {
        const filled = intent === 'send' ? fillForm(form, { values, errors }) : form;
        return event ? fillEvent(filled, { id: event.id, title: event.title[locale] }) : filled;
      },
      forget: (form) => (intent === 'forget' ? fillForm(form, { values, errors }) : form),
      summary: (summary) =>
        fillSummary(
          summary,
          formOf(template, intent),
          errors,
          // Nothing to correct when the site failed: the summary says what happened, not "fix below".
          intent === 'forget'
            ? t('forgetErrorSummary')
            : problems.text === 'notSaved'
              ? t('notSavedSummary')
              : undefined,
        ),
    },
  });
}

const formOf = (template: Awaited<ReturnType<typeof getTemplate>>, slot: string): Element => {
  const part = template.find((p) => typeof p !== 'string' && 'element' in p && p.slot === slot);
  return (part as { element: Element }).element;
};

/**
 * A new form's stamp (lib/feedback/stamp.ts), signed with the site's key; none while the site has no
 * secret to sign with (a message sent from that form is held for a person to look at).
 */
function stampOfNewForm(): string {
  try {
    return newStamp(stampKeys()[0]!);
  } catch {
    return '';
  }
}

const stamped = (form: Element, stamp: string) => fillForm(form, { values: { [STARTED]: stamp }, errors: {} });

/** The form as a resident opens it: the prerendered page with a stamp of its own. */
export async function newForm(locale: Locale, origin: string): Promise<string> {
  const template = await getTemplate('feedback', locale, origin);
  const stamp = stampOfNewForm();
  return fillTemplate(template, { slots: { send: (form) => stamped(form, stamp) } });
}

/** The form about one event: its title above the fields, sent with them. */
export async function formAboutEvent(locale: Locale, origin: string, id: string): Promise<string | undefined> {
  const event = getEvent(id);
  if (!event) return undefined;
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const template = await getTemplate('feedback', locale, origin);
  const stamp = stampOfNewForm();
  return fillTemplate(template, {
    title: (own) => `${t('askAboutEvent')}: ${event.title[locale]} — ${own.split(' — ').at(-1)}`,
    slots: {
      send: (form) =>
        fillEvent(stamped(form, stamp), { id: event.id, title: t('event', { title: event.title[locale] }) }),
      switch: setHref(localePath(otherLocale(locale), path('/events/[id]/ask', { id }))),
    },
  });
}

/** The answer to a message sent: its reference number, shown here and in no address. */
export async function sentPage(locale: Locale, origin: string, reference: string): Promise<string> {
  const template = await getTemplate('sent', locale, origin);
  return fillTemplate(template, {
    slots: { reference: (element) => ({ ...element, children: [{ type: 'text', value: reference }] }) },
  });
}

/** The answer to a deletion done. */
export async function forgottenPage(locale: Locale, origin: string): Promise<string> {
  return fillTemplate(await getTemplate('forgotten', locale, origin), {});
}

/**
 * The lookup page as one POST has it: what became of the message (`looked`), or the reference typed
 * with its problem (malformed, or no such message).
 */
export async function statusPage(
  locale: Locale,
  origin: string,
  answer: { looked: Looked } | { typed: string; problem: FeedbackProblem },
): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const template = await getTemplate('status', locale, origin);
  if ('looked' in answer) {
    const words = await statusWords(locale);
    return fillTemplate(template, {
      title: (own) => `${t('resultTitle')}: ${own}`,
      slots: { result: () => statusResult(words, answer.looked) },
    });
  }
  const errors = { reference: t(`errors.${answer.problem}`) };
  return fillTemplate(template, {
    title: (own) => `${t('errorTitle')}: ${own}`,
    slots: {
      lookup: (form) => fillForm(form, { values: { reference: answer.typed }, errors }),
      summary: (summary) => fillSummary(summary, formOf(template, 'lookup'), errors, t('lookupErrorSummary')),
    },
  });
}

async function statusWords(locale: Locale): Promise<Parameters<typeof statusResult>[0]> {
  const t = await getTranslations({ locale, namespace: 'Feedback' });
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
  const topics = byId(getTopics());
  const districts = byId(getDistricts());
  const recipients = byId(getRecipients());
  const questions = new Set(getQuestions().map((q) => q.id));
  return {
    t: (key, values) => t(key as 'title', values),
    locale,
    names: {
      kind: (kind) => (t.has(`kinds.${kind}` as 'kinds.question') ? t(`kinds.${kind}` as 'kinds.question') : kind),
      topic: (id) => topics.get(id)?.name[locale] ?? (id === UNCHOSEN ? t('notChosen') : t('topicOther')),
      district: (id) => districts.get(id)?.name[locale] ?? (id === UNCHOSEN ? t('notChosen') : t('districtOther')),
      event: (id) => getEvent(id)?.title[locale],
      recipient: (id) => recipients.get(id)?.name[locale] ?? id,
    },
    questionOnSite: (id) => questions.has(id),
  };
}
