import { z } from 'zod';
import { typedDay } from '@/lib/format/dates';

/*
 * The text of a form field as the site keeps it, for every form (residents' messages, the inbox's
 * answers): one cleaner and one way of counting length, used by their zod schemas.
 */

/** Line ends as \n, control characters out (line breaks and tabs stay), no space at either end. */
export function cleanText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
    .trim();
}

/** A text's length as a reader counts it: characters, not UTF-16 units (an emoji is one). */
export const textLength = (text: string) => [...text].length;

/**
 * A field's text, cleaned (absent: empty), at most `max` characters; `tooLong` is the problem's name
 * when it is longer, `missing` when it is required and empty.
 */
export const formText = ({ max, tooLong, missing }: { max: number; tooLong: string; missing?: string }) =>
  z
    .string()
    .optional()
    .transform((value) => cleanText(value ?? ''))
    .refine((text) => !missing || text !== '', { message: missing ?? '' })
    .refine((text) => textLength(text) <= max, { message: tooLong });

/** A day typed as "05.12.2026" (or sent as "2026-12-05"), read as "2026-12-05"; `message` names the problem. */
export const formDay = (message: string) =>
  z.preprocess((v) => (typeof v === 'string' ? typedDay(v) : v), z.iso.date({ message }));
