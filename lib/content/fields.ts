import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { instantOf } from '@/lib/format/dates';
import type { Message } from './messages';

/*
 * The building blocks of a kind's fields (lib/content/kinds/), each carrying what a person calls it
 * (label and hint, in Kazakh and Russian) and what it holds where its JSON type does not say (a day,
 * a photo, a reference to an entry of another kind). `describeFields` reads a kind's zod schema once
 * into the field description that Contentlayer's types, `content:check`, the web editor's
 * configuration, `new:article` and the guide's field tables are all made from.
 */

declare module 'zod' {
  interface GlobalMeta {
    label?: Message;
    hint?: Message;
    /** What a string holds, where "string" does not say enough. */
    holds?: 'day' | 'day-or-time' | 'photo' | 'long-text' | 'address';
    /** The kind whose entry a string names (its id, slug or address). */
    ref?: string;
    /** An object of one text per language. */
    localized?: 'short' | 'long';
    /** The words for each value of a closed list. */
    options?: Record<string, Message>;
  }
}

export type { Message };

type Described = { label: Message; hint?: Message };

/** Slugs and ids: lowercase Latin letters, digits and single hyphens, safe in every URL. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugSchema = z.string().regex(SLUG);

const nonEmpty = z.string().trim().min(1);

/** A short text in one language (a title, a name). */
export const text = (d: Described) => nonEmpty.meta(d);
/** A text of one or more sentences, edited in a larger box. */
export const longText = (d: Described) => nonEmpty.meta({ ...d, holds: 'long-text' });

const localizedShape = () =>
  z.strictObject(Object.fromEntries(routing.locales.map((l) => [l, nonEmpty])) as Record<'kk' | 'ru', typeof nonEmpty>);
/** The same text in each language: `{ kk: …, ru: … }`. */
export const localized = (d: Described, { long = false } = {}) =>
  localizedShape().meta({ ...d, localized: long ? 'long' : 'short' });
export type Localized = { kk: string; ru: string };

/** A day, "2026-02-13" (that day in Kyzylorda), read as the ISO instant of its start. */
export const day = (d: Described) =>
  z
    .string()
    .transform((value, ctx) => {
      const instant = instantOf(value);
      if (instant === undefined) ctx.addIssue({ code: 'custom', message: 'not a date', params: { code: 'date', value } });
      return instant ?? z.NEVER;
    })
    .meta({ ...d, holds: 'day' });

/** A day, or a day and a time in Kyzylorda ("2026-03-05", "2026-03-05 18:30"). */
export const dayOrTime = (d: Described) =>
  z
    .string()
    .transform((value, ctx) => {
      const instant = instantOf(value);
      if (instant === undefined) ctx.addIssue({ code: 'custom', message: 'not a date', params: { code: 'date', value } });
      return instant === undefined ? z.NEVER : { instant, allDay: !/[T ]\d/.test(value.trim()) };
    })
    .meta({ ...d, holds: 'day-or-time' });
export type DayOrTime = { instant: string; allDay: boolean };

/** The id, slug or address of an entry of another kind (`kind` is its key in lib/content/kinds). */
export const ref = (kind: string, d: Described) => slugSchema.meta({ ...d, ref: kind });

/** The topics (content/topics) an article or an event is about: its topic pages list it. */
export const topicsField = () =>
  z
    .array(ref('topics', { label: { kk: 'Тақырып', ru: 'Тема' } }))
    .default([])
    .meta({
      label: { kk: 'Тақырыптары', ru: 'Темы' },
      hint: { kk: 'Неге қатысты: тақырып беттері осы бойынша жинайды', ru: 'О чём: по ним собираются страницы тем' },
    });

/** A photo file: its name beside the entry, or /images/<name>. */
export const photoFile = (d: Described) => nonEmpty.meta({ ...d, holds: 'photo' });

/** One of a closed list of values, each with its words. */
export const choice = <T extends readonly [string, ...string[]]>(
  values: T,
  d: Described & { options: Record<T[number], Message> },
) => z.enum(values).meta(d);

/**
 * The address the web editor writes into an entry (it names the file or folder there); files written
 * by hand may leave it out. When given it must be the file's or folder's name (lib/content/validate.ts).
 */
export const address = () =>
  slugSchema.optional().meta({
    holds: 'address',
    label: { kk: 'Мекенжайы (латынша)', ru: 'Адрес (латиницей)' },
    hint: {
      kk: 'Жаңа жазбаға міндетті. Сайттағы мекенжайы: кіші латын әріптері, цифрлар, дефис (jana-koalitsiya). Кейін өзгертпеңіз.',
      ru: 'Обязателен для новой записи. Адрес на сайте: строчные латинские буквы, цифры, дефис (jana-koalitsiya). Потом не меняйте.',
    },
  });

/** Position in lists: smaller first. */
export const order = () =>
  z.number().meta({
    label: { kk: 'Тізімдегі орны', ru: 'Место в списке' },
    hint: { kk: 'Кішісі бірінші', ru: 'Меньшее — выше' },
  });

// ---------------------------------------------------------------------------------------------------
// The one walk of a schema.

export type FieldShape =
  | { type: 'text'; long: boolean; address?: boolean }
  | { type: 'localized'; long: boolean }
  | { type: 'number'; integer: boolean }
  | { type: 'boolean' }
  | { type: 'choice'; values: readonly string[]; options: Record<string, Message> }
  | { type: 'date'; time: boolean }
  | { type: 'ref'; kind: string }
  | { type: 'photo' }
  | { type: 'list'; of: FieldShape & Partial<Described>; min: number }
  | { type: 'object'; fields: Field[] };

export type Field = FieldShape & { name: string; required: boolean; label: Message; hint?: Message };

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under its wrappers (optional, default, transform), its metadata merged outside in. */
function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; meta: z.GlobalMeta } {
  let core = schema;
  let optional = false;
  let meta: z.GlobalMeta = {};
  for (;;) {
    meta = { ...(core.meta() ?? {}), ...meta };
    const def = defOf(core);
    if (def.type === 'optional' || def.type === 'default') {
      optional = true;
      core = def.innerType!;
    } else if (def.type === 'pipe') core = def.in!;
    else return { core, optional, meta };
  }
}

function shapeOf(schema: z.ZodType, where: string): FieldShape & Partial<Described> {
  const { core, meta } = unwrap(schema);
  const described = { ...(meta.label ? { label: meta.label } : {}), ...(meta.hint ? { hint: meta.hint } : {}) };
  const def = defOf(core);
  if (meta.localized) return { type: 'localized', long: meta.localized === 'long', ...described };
  if (meta.ref) return { type: 'ref', kind: meta.ref, ...described };
  if (meta.holds === 'photo') return { type: 'photo', ...described };
  if (meta.holds === 'day' || meta.holds === 'day-or-time') {
    return { type: 'date', time: meta.holds === 'day-or-time', ...described };
  }
  switch (def.type) {
    case 'string':
      return { type: 'text', long: meta.holds === 'long-text', ...(meta.holds === 'address' ? { address: true } : {}), ...described };
    case 'number':
      return { type: 'number', integer: Boolean((core as z.ZodNumber).isInt), ...described };
    case 'boolean':
      return { type: 'boolean', ...described };
    case 'enum': {
      const values = (core as z.ZodEnum).options as string[];
      const missing = values.filter((v) => !meta.options?.[v]);
      if (missing.length > 0) throw new Error(`${where}: no words for ${missing.join(', ')} (lib/content/fields.ts)`);
      return { type: 'choice', values, options: meta.options!, ...described };
    }
    case 'array': {
      const min = (core as z.ZodArray<z.ZodType>)._zod.bag.minimum;
      return { type: 'list', of: shapeOf(def.element!, `${where}[]`), min: typeof min === 'number' ? min : 0, ...described };
    }
    case 'object':
      return { type: 'object', fields: describeFields(core as z.ZodObject, where), ...described };
    default:
      throw new Error(`${where}: a field of type ${def.type} has no place in the content (lib/content/fields.ts)`);
  }
}

/** The fields of an object schema, as the tools that show or check them read them. */
export function describeFields(schema: z.ZodObject, where = ''): Field[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, property]) => {
    const path = where ? `${where}.${name}` : name;
    const shape = shapeOf(property, path);
    if (!shape.label) throw new Error(`${path}: every field needs a label in Kazakh and Russian (lib/content/fields.ts)`);
    return { ...shape, name, label: shape.label, required: !unwrap(property).optional };
  });
}

/** The fields of a list of objects, or of an object, at `path` ("photos", "image"). */
export function fieldAt(fields: readonly Field[], path: string): Field | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((f) => f.name === head);
  if (!field || rest.length === 0) return field;
  const inner = field.type === 'list' ? field.of : field;
  return inner.type === 'object' ? fieldAt(inner.fields, rest.join('.')) : undefined;
}

/** Every value a document gives for a `ref` field, with its field path ("people[1]", "source.article"). */
export function referencesIn(fields: readonly Field[], value: unknown, prefix = ''): { field: string; kind: string; id: string }[] {
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return fields.flatMap((field) => {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    return valueRefs(field, record[field.name], path);
  });
}

function valueRefs(shape: FieldShape, value: unknown, path: string): { field: string; kind: string; id: string }[] {
  if (value === undefined || value === null) return [];
  if (shape.type === 'ref') return typeof value === 'string' ? [{ field: path, kind: shape.kind, id: value }] : [];
  if (shape.type === 'list' && Array.isArray(value)) return value.flatMap((item, i) => valueRefs(shape.of, item, `${path}[${i}]`));
  if (shape.type === 'object') return referencesIn(shape.fields, value, path);
  return [];
}

// ---------------------------------------------------------------------------------------------------
// Shapes more than one kind uses.

const paragraph = z
  .number()
  .int()
  .min(1)
  .meta({ label: { kk: 'Абзац', ru: 'Абзац' }, hint: { kk: 'Мақала абзацының нөмірі (#p-3 → 3)', ru: 'Номер абзаца статьи (#p-3 → 3)' } });
const sourceArticle = ref('news', { label: { kk: 'Мақала', ru: 'Статья' } });
const quote = localized(
  { label: { kk: 'Дәйексөз', ru: 'Цитата' }, hint: { kk: 'Абзацтағы сөздер, сөзбе-сөз', ru: 'Слова из абзаца, дословно' } },
  { long: true },
);

/** Where a fact comes from: an article, the number of its paragraph and, optionally, its words. */
export const source = (d: Described) => z.strictObject({ article: sourceArticle, paragraph, quote: quote.optional() }).meta(d);
const saidBy = ref('people', {
  label: { kk: 'Кімнің сөзі', ru: 'Чьи это слова' },
  hint: {
    kk: 'Дәйексөз бір қатысушының өз сөзі болса, сол адам (абзацта оның аты болуы керек)',
    ru: 'Если цитата — слова одного участника, этот человек (его имя должно быть в абзаце)',
  },
});
/**
 * A source whose words are quoted: the build checks that the paragraph says them. Words one person
 * said are credited to them (`saidBy`), so that a reader never takes a speaker's words for the
 * coalition's own.
 */
export const quotedSource = (d: Described) =>
  z.strictObject({ article: sourceArticle, paragraph, quote, saidBy: saidBy.optional() }).meta(d);
export type SourceRef = { article: string; paragraph: number; quote?: Localized; saidBy?: string };
export type QuotedSource = SourceRef & { quote: Localized };

const photoDescription = { label: { kk: 'Суретте не бар', ru: 'Что на фото' }, hint: { kk: 'Көре алмайтын оқырмандар үшін', ru: 'Для читателей, которые не видят изображение' } };
const photoCredit = { label: { kk: 'Авторы', ru: 'Автор' }, hint: { kk: 'Мысалы: «Сурет: баспасөз қызметі»', ru: 'Например: «Фото: пресс-служба»' } };
const photoSource = photoFile({ label: { kk: 'Сурет файлы', ru: 'Файл фото' } });

/** A photo with its description and credit in the entry's language (an article's lead photo). */
export const photo = (d: Described) =>
  z.strictObject({ src: photoSource, alt: text(photoDescription), credit: text(photoCredit) }).meta(d);
export type LeadPhoto = { src: string; alt: string; credit: string };

/** A photo with its description and credit in each language (an event's photos). */
export const photoInBothLanguages = (d: Described) =>
  z.strictObject({ src: photoSource, alt: localized(photoDescription), credit: localized(photoCredit) }).meta(d);
