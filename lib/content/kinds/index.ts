import type { DescribedKind, Entries, Kind, KindKey } from '../kind';
import { describeFields } from '../fields';
import { coalition } from './coalition';
import { contact } from './contact';
import { districts } from './districts';
import { events } from './events';
import { figures } from './figures';
import { news } from './news';
import { parties } from './parties';
import { people } from './people';
import { questions } from './questions';
import { recipients } from './recipients';
import { reports } from './reports';
import { topics } from './topics';

/*
 * The kinds of content the site has, each declared once in its own file here. A new kind is one more
 * file and one more line below (README: adding a kind of content).
 */
export const kinds = {
  news,
  events,
  people,
  parties,
  districts,
  figures,
  coalition,
  topics,
  contact,
  questions,
  recipients,
  reports,
} satisfies {
  // A kind whose file declares its entries but is not listed here (or the other way round) fails the type check.
  [K in KindKey]: { key: K; entry: (doc: never, context: never) => Entries[K] };
};

export type Kinds = typeof kinds;
export type { KindKey, SiteContent } from '../kind';

/** The kinds in their order, each with its fields described once. */
export const kindList: readonly (DescribedKind & { key: KindKey })[] = Object.values(kinds).map((kind) => ({
  ...(kind as unknown as Kind),
  key: kind.key,
  described: describeFields(kind.fields, kind.key),
}));

export function kindOf(key: string): (DescribedKind & { key: KindKey }) | undefined {
  return kindList.find((k) => k.key === key);
}

export type { Localized, QuotedSource, SourceRef } from '../fields';
export type { Article } from './news';
export type { Party } from './parties';
export type { Person } from './people';
export type { District } from './districts';
export type { Figure } from './figures';
export type { CoalitionEvent, EventFormat, EventStatus, EventTime } from '@/lib/events/model';
export type { Coalition } from './coalition';
export type { Channel, ChannelKind, Contact } from './contact';
export type { Topic } from './topics';
export type { Question } from './questions';
export type { Recipient } from './recipients';
export type { Report, ReportItem } from './reports';
export { eventFormats, eventStatuses, planFormats } from '@/lib/events/model';
export { figureReadings, figureScopes } from './figures';
