import { z } from 'zod';
import { submissionKinds, submissionStatuses } from '@/lib/db/schema';
import { formDay } from '@/lib/http/form-text';

/*
 * The inbox's list as its address asks for it (/inbox?status=new&district=aral&q=…&page=2): each value
 * checked; an address that asks for something the inbox cannot show is a 400, not an empty list.
 */

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined), schema.optional());
const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,80}$/);
// As typed (дд.мм.гггг) or as a date field sends it; a day that does not exist (2026-02-30) is refused.
const day = formDay('day');

const schema = z.strictObject({
  status: optional(z.enum(submissionStatuses)),
  district: optional(id),
  topic: optional(id),
  kind: optional(z.enum(submissionKinds)),
  event: optional(id),
  from: optional(day),
  to: optional(day),
  q: optional(z.string().max(200)),
  page: optional(z.coerce.number().int().min(1).max(100_000)),
});

export type InboxFilter = Omit<z.output<typeof schema>, 'page'>;
export const filterNames = ['status', 'district', 'topic', 'kind', 'event', 'from', 'to', 'q'] as const;

export function readFilter(params: URLSearchParams): { filter: InboxFilter; page: number } | undefined {
  const values: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in values) return undefined;
    values[key] = value;
  }
  const read = schema.safeParse(values);
  if (!read.success) return undefined;
  const { page = 1, ...filter } = read.data;
  return { filter, page };
}

/** The query string of a filter (and a page), for links and the export form. */
export function filterQuery(filter: InboxFilter, page = 1): string {
  const params = new URLSearchParams();
  for (const name of filterNames) if (filter[name]) params.set(name, filter[name]);
  if (page > 1) params.set('page', String(page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string of a page of the audit log (/inbox/audit?page=N). */
export const auditQuery = (page: number) => (page > 1 ? `?page=${page}` : '');
