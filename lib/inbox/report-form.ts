import { z } from 'zod';
import type { Localized } from '@/lib/content/fields';
import { formDay, formText } from '@/lib/http/form-text';
import type { Period } from '@/lib/reports/figures';

/** The longest report title, each language apart. */
export const REPORT_TITLE_LIMIT = 200;

export type ReportDraft = Record<'title_kk' | 'title_ru' | 'from' | 'to', string>;
export type ReportProblem = 'reportTitle' | 'reportPeriod';

const title = formText({ max: REPORT_TITLE_LIMIT, tooLong: 'reportTitle', missing: 'reportTitle' });
const day = formDay('reportPeriod');
const schema = z.object({ title_kk: title, title_ru: title, from: day, to: day });

/** A report asked for: its title in both languages and its period (no later than today); or the first problem. */
export function readReport(
  form: URLSearchParams,
  today: string,
): { draft: ReportDraft } & (
  { ok: true; value: Period & { title: Localized } } | { ok: false; problem: ReportProblem }
) {
  const draft = Object.fromEntries(
    (['title_kk', 'title_ru', 'from', 'to'] as const).map((name) => [name, form.get(name) ?? '']),
  ) as ReportDraft;
  const read = schema.safeParse(draft);
  if (!read.success) {
    const message = read.error.issues[0]?.message;
    return { ok: false, problem: message === 'reportTitle' ? 'reportTitle' : 'reportPeriod', draft };
  }
  const { title_kk, title_ru, from, to } = read.data;
  if (from > to || to > today) return { ok: false, problem: 'reportPeriod', draft };
  return { ok: true, value: { title: { kk: title_kk, ru: title_ru }, from, to }, draft };
}
