import { routing } from '@/i18n/routing';
import { type Field, type FieldShape, SLUG } from '@/lib/content/fields';
import type { DescribedKind } from '@/lib/content/kind';
import { kindList, kinds, type KindKey } from '@/lib/content/kinds';
import type { Message } from '@/lib/content/messages';
import { type Backend, backendFromEnv } from './backend';

/*
 * The web editor's configuration (Decap CMS, /admin), made from the kinds' field descriptions
 * (lib/content/kinds, lib/content/fields.ts): every field with its label, hint and required state,
 * every closed list as a drop-down with its words, every reference as a choice of entries.
 */

export type DecapField = Record<string, unknown> & { name: string; widget: string };

/** Kazakh, then Russian, in one label (the editor shows one). */
export const both = (kk: string, ru: string) => `${kk} · ${ru}`;
const say = (m: Message) => both(m.kk, m.ru);

export const localeLabels = { kk: 'Қазақша', ru: 'Русский' } as const;

function relation(target: KindKey, multiple: boolean) {
  const kind = kinds[target];
  const named = kind.files.translated ? ['title'] : ['name.kk', 'name.ru'];
  return {
    widget: 'relation',
    collection: target,
    value_field: kind.files.translated ? '{{dirname}}' : '{{slug}}',
    search_fields: named,
    display_fields: kind.files.translated ? ['{{title}}'] : ['{{name.kk}} · {{name.ru}}'],
    ...(multiple ? { multiple: true } : {}),
  };
}

const localizedFields = (long: boolean) =>
  routing.locales.map((locale) => ({ name: locale, label: localeLabels[locale], widget: long ? 'text' : 'string' }));

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

function widgetOf(shape: FieldShape, required: boolean): Omit<DecapField, 'name'> {
  switch (shape.type) {
    case 'text':
      if (shape.address) {
        // The editor names a new file by it, so a new entry needs it (public/admin/cms.js); an entry
        // already written keeps its file's name, and may leave it empty.
        return {
          widget: 'string',
          required: false,
          pattern: [SLUG.source, both('латын әріптері, цифрлар, дефис', 'латиница, цифры, дефис')],
        };
      }
      return { widget: shape.long ? 'text' : 'string' };
    case 'localized':
      return { widget: 'object', collapsed: false, fields: localizedFields(shape.long) };
    case 'number':
      return { widget: 'number', value_type: shape.integer ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'choice':
      return { widget: 'select', options: shape.values.map((value) => ({ value, label: say(shape.options[value]!) })) };
    case 'date':
      if (!shape.time)
        return { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD' };
      return {
        widget: 'string',
        pattern: [
          '^\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?$',
          both('2026-03-05 немесе 2026-03-05 18:30', '2026-03-05 или 2026-03-05 18:30'),
        ],
      };
    case 'ref':
      return relation(shape.kind as KindKey, false);
    case 'photo':
      return { widget: 'image', choose_url: false };
    case 'list':
      if (shape.of.type === 'ref') return relation(shape.of.kind as KindKey, true);
      if (shape.of.type === 'localized')
        return { widget: 'list', summary: '{{fields.kk}}', fields: localizedFields(shape.of.long) };
      if (shape.of.type === 'object') return { widget: 'list', fields: shape.of.fields.map((f) => fieldOf(f)) };
      return { widget: 'list' };
    case 'object': {
      // The editor cannot require a part of something optional (a lead photo's description): the hint
      // says so, the editor refuses to save a photo without it (public/admin/cms.js), and the content
      // check asks for it too.
      const fields = shape.fields
        .map((f) => fieldOf(f))
        .map((f) => (required || !f.required ? f : requiredWhenFilled(f)));
      return { widget: 'object', collapsed: false, fields };
    }
  }
}

/** One field of a collection, as the editor shows it. */
function fieldOf(field: Field): DecapField {
  return {
    name: field.name,
    label: say(field.label),
    ...(field.hint ? { hint: say(field.hint) } : {}),
    required: field.required,
    ...widgetOf(field, field.required),
  } as unknown as DecapField;
}

const hasPhotos = (fields: readonly Field[]): boolean =>
  fields.some(
    (f) =>
      f.type === 'photo' ||
      (f.type === 'object' && hasPhotos(f.fields)) ||
      (f.type === 'list' && f.of.type === 'object' && hasPhotos(f.of.fields)),
  );

/** "View on the site": the entry's Kazakh page (it links its Russian one). Decap names a folder entry {{dirname}}, a file {{filename}}. */
function previewPath(kind: DescribedKind): string | undefined {
  if (!kind.page) return undefined;
  return `${routing.defaultLocale}${kind.page.route.replace(/\[\w+\]/g, kind.files.translated ? '{{dirname}}' : '{{filename}}')}`;
}

function collectionOf(kind: DescribedKind & { key: KindKey }) {
  const editor = kind.editor!;
  const fields = kind.described.map((f) => fieldOf(f));
  const labels = { label: say(kind.label.many), label_singular: say(kind.label.one) };
  const preview = previewPath(kind);
  // Photos go beside the entry (the photo build reads them there) and are written by name.
  const media = hasPhotos(kind.described) ? { media_folder: '', public_folder: '' } : {};
  if (kind.files.singleton) {
    return {
      name: kind.key,
      ...labels,
      files: [
        {
          name: kind.key,
          label: labels.label_singular,
          file: `content/${kind.files.pattern}`,
          format: 'yaml',
          fields,
          ...(preview ? { preview_path: preview } : {}),
        },
      ],
    };
  }
  const common = {
    name: kind.key,
    ...labels,
    folder: `content/${kind.files.dir}`,
    create: true,
    summary: editor.summary,
    slug: editor.slug ?? '{{fields.address}}',
    ...(preview ? { preview_path: preview } : {}),
    ...media,
  };
  if (kind.files.translated) {
    const same = new Set(editor.sameInBothLanguages ?? []);
    return {
      ...common,
      path: '{{slug}}/index',
      extension: 'md',
      format: 'frontmatter',
      i18n: true,
      sortable_fields: ['date', 'title'],
      fields: [
        ...fields.map((field) => {
          if (same.has(field.name)) return { ...field, i18n: 'duplicate' };
          if (field.widget === 'object' && Array.isArray(field.fields)) {
            // A photo is the same file in both languages; its description and credit are each language's.
            const parts = (field.fields as DecapField[]).map((f) => ({
              ...f,
              i18n: f.widget === 'image' ? 'duplicate' : true,
            }));
            return { ...field, i18n: true, fields: parts };
          }
          return { ...field, i18n: true };
        }),
        { name: 'body', label: both('Мәтін', 'Текст'), widget: 'markdown', i18n: true, required: true },
      ],
    };
  }
  return {
    ...common,
    extension: 'yaml',
    format: 'yaml',
    identifier_field: kind.described.some((f) => f.name === 'address') ? 'address' : kind.described[0]!.name,
    fields,
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
    collections: kindList.filter((kind) => kind.editor).map(collectionOf),
  };
}
