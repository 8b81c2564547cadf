import type { District } from '@/lib/content/kinds/districts';
import { isoDateInZone } from '@/lib/format/dates';
import { awaitsReport, type CoalitionEvent, dayPassed, type EventFormat, eventFormats, planFormats } from './model';

/*
 * The plan of events as residents read it: what is coming (soonest first), then what is past (newest
 * first); narrowed by territory, format or month; and how much of the plan has been held. "Today" is
 * the build's (lib/format/dates.ts: siteToday): the pages are prerendered.
 */

export const EVENTS_PAGE_SIZE = 20;

export type EventFilter =
  { kind: 'district'; value: string } | { kind: 'format'; value: EventFormat } | { kind: 'month'; value: string };
export type FilterKind = EventFilter['kind'];

/** "2026-03": the month of the event's start in Kyzylorda. */
export function monthOf(event: CoalitionEvent): string {
  return isoDateInZone(event.start.instant).slice(0, 7);
}

/** Still to come: planned or postponed, and not over before today. */
export function isComing(event: CoalitionEvent, today: string): boolean {
  return (event.status === 'planned' || event.status === 'postponed') && !dayPassed(event, today);
}

/** What residents are told of an event: a planned one whose day has passed awaits its report. */
export type ShownStatus = CoalitionEvent['status'] | 'awaiting-report';
export function shownStatus(event: Pick<CoalitionEvent, 'status' | 'start' | 'end'>, today: string): ShownStatus {
  return awaitsReport(event, today) ? 'awaiting-report' : event.status;
}

/** Coming events, soonest first, then the others (held, cancelled, past), newest first. */
export function inScheduleOrder(events: readonly CoalitionEvent[], today: string): CoalitionEvent[] {
  const byStart = (a: CoalitionEvent, b: CoalitionEvent) =>
    a.start.instant.localeCompare(b.start.instant) || a.id.localeCompare(b.id);
  const coming = events.filter((e) => isComing(e, today)).sort(byStart);
  const past = events.filter((e) => !isComing(e, today)).sort((a, b) => byStart(b, a));
  return [...coming, ...past];
}

export function matches(event: CoalitionEvent, filter: EventFilter | undefined): boolean {
  if (!filter) return true;
  if (filter.kind === 'district') return event.district === filter.value;
  if (filter.kind === 'format') return event.format === filter.value;
  return monthOf(event) === filter.value;
}

export type Choice = { value: string; count: number };

/** Every value each filter can take, with how many events it holds: territories and formats in their order, months in time order. */
export function filterChoices(
  events: readonly CoalitionEvent[],
  districts: readonly District[],
): Record<FilterKind, Choice[]> {
  const count = (key: (e: CoalitionEvent) => string) => {
    const counts = new Map<string, number>();
    for (const event of events) counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
    return counts;
  };
  const byDistrict = count((e) => e.district);
  const byFormat = count((e) => e.format);
  const byMonth = count(monthOf);
  return {
    district: districts.map((d) => ({ value: d.id, count: byDistrict.get(d.id) ?? 0 })),
    format: eventFormats.map((f) => ({ value: f, count: byFormat.get(f) ?? 0 })),
    month: [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, n]) => ({ value, count: n })),
  };
}

export type Progress = {
  /** Events of the plan's formats held, of the whole plan. */
  held: number;
  byDistrict: { id: string; held: number; reached: number }[];
  byFormat: { format: EventFormat; held: number }[];
  /** The coalition's own sessions held: shown beside the plan, not counted in it. */
  sessions: number;
  /** Residents who came to the plan's held events, as their records say, and how many events recorded it. */
  reached: number;
  recorded: number;
};

/** How much of the plan has been held, overall, by territory and by format (the plan's formats only). */
export function progressOf(events: readonly CoalitionEvent[], districts: readonly District[]): Progress {
  const held = events.filter((e) => e.status === 'held');
  const ofPlan = held.filter((e) => (planFormats as readonly EventFormat[]).includes(e.format));
  const reached = (list: readonly CoalitionEvent[]) => list.reduce((sum, e) => sum + (e.participants ?? 0), 0);
  return {
    held: ofPlan.length,
    byDistrict: districts.map((d) => {
      const here = ofPlan.filter((e) => e.district === d.id);
      return { id: d.id, held: here.length, reached: reached(here) };
    }),
    byFormat: planFormats.map((format) => ({ format, held: ofPlan.filter((e) => e.format === format).length })),
    sessions: held.length - ofPlan.length,
    reached: reached(ofPlan),
    recorded: ofPlan.filter((e) => e.participants !== undefined).length,
  };
}
