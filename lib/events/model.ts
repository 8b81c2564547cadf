import type { DayOrTime, Localized } from '@/lib/content/fields';
import { isoDateInZone } from '@/lib/format/dates';
import type { Photo } from '@/lib/photos/variants';

/*
 * What an event of the coalition's plan is: its formats (as the founding article lists them), its
 * statuses, and when its day has passed. The content kind (lib/content/kinds/events.ts), the schedule,
 * the labels and the calendars all read these; this file reads none of them.
 */

/** The four formats of the plan, in the order the article lists them, and the coalition's own sessions. */
export const eventFormats = [
  'meeting-with-residents',
  'explanatory-work',
  'public-discussion',
  'open-dialogue-platform',
  'coalition-session',
] as const;
export type EventFormat = (typeof eventFormats)[number];
/** The plan's four formats: the coalition's own sessions are shown, but not counted toward its 695. */
export const planFormats = eventFormats.filter(
  (f): f is Exclude<EventFormat, 'coalition-session'> => f !== 'coalition-session',
);
export const eventStatuses = ['planned', 'held', 'postponed', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];
export type EventTime = DayOrTime;

/** Where the site's words for each format and status are (messages/<locale>.json, Events). */
export const formatKeys = {
  'meeting-with-residents': 'formatMeetingWithResidents',
  'explanatory-work': 'formatExplanatoryWork',
  'public-discussion': 'formatPublicDiscussion',
  'open-dialogue-platform': 'formatOpenDialoguePlatform',
  'coalition-session': 'formatCoalitionSession',
} as const satisfies Record<EventFormat, string>;
export const statusKeys = {
  planned: 'statusPlanned',
  held: 'statusHeld',
  postponed: 'statusPostponed',
  cancelled: 'statusCancelled',
} as const satisfies Record<EventStatus, string>;

/** Segments of the events list's own addresses (/events/page/2, /events/district/aral…). */
export const eventListSegments = ['page', 'district', 'format', 'month'];

export type CoalitionEvent = {
  id: string;
  title: Localized;
  start: EventTime;
  end?: EventTime;
  venue: Localized;
  district: string;
  format: EventFormat;
  status: EventStatus;
  /** The topics (content/topics) it is about. */
  topics: string[];
  /** What a held event records of itself: how many came, how many questions and opinions were raised, its outcome. */
  participants?: number;
  questionsRaised?: number;
  outcome?: Localized;
  article?: string;
  /** With their variants once the photo build has made them. */
  photos: { src: string; alt: Localized; credit: Localized; photo?: Photo }[];
};

type Timed = Pick<CoalitionEvent, 'start' | 'end'>;

/** The event's last day in Kyzylorda (its end's, or its start's). */
export const lastDay = (event: Timed): string => isoDateInZone((event.end ?? event.start).instant);

/** Its day has passed: over before `today` (a day in Kyzylorda, YYYY-MM-DD). */
export const dayPassed = (event: Timed, today: string): boolean => lastDay(event) < today;

/** Planned, but its day has passed: it awaits its report (the content check warns of it too). */
export const awaitsReport = (event: Timed & Pick<CoalitionEvent, 'status'>, today: string): boolean =>
  event.status === 'planned' && dayPassed(event, today);
