import { z } from 'zod';
import { routing } from '@/i18n/routing';
import { contentTypes, type ContentTypeKey, SLUG } from '@/lib/content/schema';
import { type Backend, backendFromEnv } from './backend';
import { both, collectionLabels, fieldLabels, localeLabels, optionLabels } from './labels';

/*
 * The web editor's configuration (Decap CMS, /admin), made from the content types of
 * lib/content/schema.ts through their JSON Schema: every field the files hold, with its required
 * state, and every closed list as a drop-down. What the schema cannot say — which field names an
 * entry of another collection, which is a date or a photo — is said here, once, by field name.
 */

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  pattern?: string;
};

export type DecapField = Record<string, unknown> & { name: string; widget: string };

/** Fields that name an entry of another collection: a drop-down of its entries. */
const references: Record<string, { collection: ContentTypeKey; multiple?: boolean }> = {
  people: { collection: 'people', multiple: true },
  parties: { collection: 'parties', multiple: true },
  party: { collection: 'parties' },
  district: { collection: 'districts' },
  article: { collection: 'news' },
};

function relation({ collection, multiple }: { collection: ContentTypeKey; multiple?: boolean }) {
  const named = collection === 'news' ? ['title'] : ['name.kk', 'name.ru'];
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: named,
    display_fields: collection === 'news' ? ['{{title}}'] : ['{{name.kk}} · {{name.ru}}'],
    ...(multiple ? { multiple: true } : {}),
  };
}

const localized = (long: boolean) => ({
  widget: 'object',
  collapsed: false,
  fields: routing.locales.map((locale) => ({
    name: locale,
    label: localeLabels[locale],
    widget: long ? 'text' : 'string',
  })),
});

const isLocalized = (schema: JsonSchema, defs: Record<string, JsonSchema>) => {
  const target = schema.$ref ? defs[schema.$ref.replace('#/$defs/', '')] : schema;
  const keys = Object.keys(target?.properties ?? {});
  return keys.length === 2 && routing.locales.every((l) => keys.includes(l));
};

/** A part of an optional object that the content needs once the object is there: said in its hint. */
function requiredWhenFilled(field: DecapField): DecapField {
  if (field.widget === 'image') return { ...field, required: false };
  const [kk = '', ru = ''] = typeof field.hint === 'string' ? field.hint.split(' · ') : [];
  return {
    ...field,
    required: false,
    hint: both(`Бөлім толтырылса, міндетті. ${kk}`.trim(), `Обязательно, если раздел заполнен. ${ru}`.trim()),
  };
}

/** One field of a collection, as the editor shows it. */
function fieldOf(name: string, schema: JsonSchema, defs: Record<string, JsonSchema>, required: boolean): DecapField {
  const label = fieldLabels[name] ?? { label: name };
  const base = { name, label: label.label, ...(label.hint ? { hint: label.hint } : {}), required };
  const target = schema.$ref ? (defs[schema.$ref.replace('#/$defs/', '')] ?? schema) : schema;

  const reference = references[name];
  if (reference) {
    if (target.type === 'array') return { ...base, ...relation({ ...reference, multiple: true }) };
    return { ...base, ...relation(reference) };
  }
  if (isLocalized(schema, defs)) return { ...base, ...localized(name === 'quote') };
  if (target.enum) {
    return {
      ...base,
      widget: 'select',
      options: target.enum.map((value) => ({ value, label: optionLabels[value] ?? value })),
    };
  }
  if (name === 'date' || name === 'updated' || name === 'founded') {
    return { ...base, widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' };
  }
  if (name === 'start' || name === 'end') {
    return {
      ...base,
      widget: 'string',
      pattern: [
        '^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$',
        both('2026-03-05 немесе 2026-03-05 18:30', '2026-03-05 или 2026-03-05 18:30'),
      ],
    };
  }
  if (name === 'src') return { ...base, widget: 'image', choose_url: false };
  if (name === 'summary') return { ...base, widget: 'text' };
  if (target.type === 'boolean') return { ...base, widget: 'boolean', default: false };
  if (target.type === 'integer' || target.type === 'number') {
    return { ...base, widget: 'number', value_type: target.type === 'integer' ? 'int' : 'float' };
  }
  if (target.type === 'array') {
    const items = target.items ?? {};
    if (isLocalized(items, defs)) {
      return { ...base, widget: 'list', summary: '{{fields.kk}}', fields: localized(false).fields };
    }
    return { ...base, widget: 'list', fields: fieldsOf(items, defs) };
  }
  if (target.type === 'object' || target.properties) {
    // The editor cannot require a part of something optional (a lead photo's description): the
    // hint says so, the editor refuses to save a photo without it (public/admin/cms.js), and the
    // content check asks for it too.
    const fields = fieldsOf(target, defs).map((f) => (required || !f.required ? f : requiredWhenFilled(f)));
    return { ...base, widget: 'object', collapsed: false, fields };
  }
  if (name === 'address') {
    // The editor names a new file by it, so a new entry needs it (public/admin/cms.js); an entry
    // already written keeps its file's name, and may leave it empty.
    return {
      ...base,
      required: false,
      widget: 'string',
      pattern: [SLUG.source, both('латын әріптері, цифрлар, дефис', 'латиница, цифры, дефис')],
    };
  }
  return { ...base, widget: 'string' };
}

function fieldsOf(schema: JsonSchema, defs: Record<string, JsonSchema>): DecapField[] {
  const target = schema.$ref ? (defs[schema.$ref.replace('#/$defs/', '')] ?? schema) : schema;
  const required = new Set(target.required ?? []);
  return Object.entries(target.properties ?? {}).map(([name, property]) =>
    fieldOf(name, property, defs, required.has(name)),
  );
}

function jsonSchema(key: ContentTypeKey): { schema: JsonSchema; defs: Record<string, JsonSchema> } {
  const schema = z.toJSONSchema(contentTypes[key].fields, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return { schema, defs: schema.$defs ?? {} };
}

/** Fields that are the same in both languages of an article: written into both files. */
const sameInBothLanguages = new Set(['address', 'date', 'updated', 'people', 'parties', 'draft']);

function newsCollection() {
  const { schema, defs } = jsonSchema('news');
  const fields = fieldsOf(schema, defs).map((field) => {
    if (sameInBothLanguages.has(field.name)) return { ...field, i18n: 'duplicate' };
    if (field.name === 'image') {
      const subfields = (field.fields as DecapField[]).map((f) =>
        f.name === 'src' ? { ...f, i18n: 'duplicate' } : { ...f, i18n: true },
      );
      return { ...field, i18n: true, fields: subfields };
    }
    return { ...field, i18n: true };
  });
  return {
    name: 'news',
    ...collectionLabels.news,
    folder: 'content/news',
    path: '{{slug}}/index',
    slug: '{{fields.address}}',
    // Photos go beside the article (the photo build reads them there) and are written by name.
    media_folder: '',
    public_folder: '',
    create: true,
    extension: 'md',
    format: 'frontmatter',
    i18n: true,
    summary: '{{date}} · {{title}}',
    sortable_fields: ['date', 'title'],
    // "View on the site" (the Kazakh page; it links its Russian one). The entry's folder is its address.
    preview_path: 'kk/news/{{dirname}}',
    fields: [
      ...fields,
      { name: 'body', label: fieldLabels.body?.label, widget: 'markdown', i18n: true, required: true },
    ],
  };
}

/** The collections whose entries have a page of their own, and where. */
const pagesOf = { events: 'events', people: 'people', parties: 'parties' } as const;

function dataCollection(key: Exclude<ContentTypeKey, 'news' | 'coalition'>) {
  const { schema, defs } = jsonSchema(key);
  const folder = contentTypes[key].dir;
  return {
    name: key,
    ...collectionLabels[key],
    folder: `content/${folder}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    // Events are named by their day, territory and format; the others by the address the editor types.
    slug:
      key === 'events'
        ? "{{fields.start | date('YYYY-MM-DD')}}-{{fields.district}}-{{fields.format}}"
        : '{{fields.address}}',
    summary: key === 'events' ? '{{start}} · {{title.kk}}' : '{{name.kk}} · {{name.ru}}',
    identifier_field: key === 'events' ? 'start' : 'address',
    ...(key in pagesOf ? { preview_path: `kk/${pagesOf[key as keyof typeof pagesOf]}/{{filename}}` } : {}),
    media_folder: key === 'events' ? '' : undefined,
    public_folder: key === 'events' ? '' : undefined,
    fields: fieldsOf(schema, defs),
  };
}

function coalitionCollection() {
  const { schema, defs } = jsonSchema('coalition');
  return {
    name: 'coalition',
    ...collectionLabels.coalition,
    files: [
      {
        name: 'coalition',
        label: collectionLabels.coalition.singular,
        file: 'content/coalition/coalition.yaml',
        preview_path: 'kk/coalition',
        format: 'yaml',
        fields: fieldsOf(schema, defs),
      },
    ],
  };
}

/** Decap CMS's configuration for this site. */
export function decapConfig(backend: Backend = backendFromEnv()) {
  const pkce = backend.app_id ? { auth_type: 'pkce' } : {};
  return {
    backend: { ...backend, ...pkce, squash_merges: true },
    // Nothing goes live before it is approved: drafts become branches and pull requests (README).
    publish_mode: 'editorial_workflow',
    locale: 'ru',
    site_url: '/',
    display_url: '/',
    logo_url: '/icon.svg',
    media_folder: 'public/images',
    public_folder: '/images',
    i18n: { structure: 'multiple_files', locales: [...routing.locales], default_locale: routing.defaultLocale },
    collections: [
      newsCollection(),
      dataCollection('events'),
      dataCollection('people'),
      dataCollection('parties'),
      dataCollection('districts'),
      dataCollection('figures'),
      coalitionCollection(),
    ],
  };
}
