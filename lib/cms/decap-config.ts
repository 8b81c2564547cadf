import { routing } from '@/i18n/routing';
import { type Field, type FieldShape, SLUG } from '@/lib/content/fields';
import type { DescribedKind } from '@/lib/content/kind';
import { kindList, type KindKey } from '@/lib/content/kinds';
import type { Message } from '@/lib/content/messages';
import { type Backend, backendFromEnv } from './backend';
import { both, REQUIRED_MARK } from './both';
import type { EntryChoices } from './entry-choices';

/*
 * The web editor's configuration (Decap CMS, /admin/config.json), made from the kinds' field
 * descriptions (lib/content/kinds, lib/content/fields.ts) and the published entries: every field with
 * its label, hint and whether it is required; every closed list as a drop-down with its words; every
 * reference as a choice of entries that writes what the content expects. The editor's own widgets
 * (lib/cms/editor/widgets.ts) check a date, an address and a photo's description in the browser with
 * the build's rules and words.
 */

export type DecapField = Record<string, unknown> & { name: string; widget: string };

const say = (m: Message) => both(m.kk, m.ru);

export const localeLabels = { kk: 'Қазақша', ru: 'Русский' } as const;

/**
 * A reference: a drop-down of the published entries where the content names an entry by something the
 * editor cannot write (an article's folder: Decap's own choice would write "<slug>/index"), otherwise
 * Decap's choice of the entries in the repository, by file name.
 */
function reference(target: KindKey, multiple: boolean, choices: EntryChoices): Omit<DecapField, 'name'> {
  const listed = choices[target];
  const many = multiple ? { multiple: true } : {};
  if (listed) return { widget: 'select', options: listed, ...many };
  return {
    widget: 'relation',
    collection: target,
    value_field: '{{slug}}',
    search_fields: ['name.kk', 'name.ru'],
    display_fields: ['{{name.kk}} · {{name.ru}}'],
    ...many,
  };
}

const localizedFields = (long: boolean) =>
  routing.locales.map((locale) => ({
    name: locale,
    label: `${localeLabels[locale]}${REQUIRED_MARK}`,
    widget: long ? 'text' : 'string',
  }));

function widgetOf(field: Field, choices: EntryChoices): Omit<DecapField, 'name'> {
  const shape = field as FieldShape;
  switch (shape.type) {
    case 'text':
      // A new entry's file is named by its address; one already written keeps its name, and may leave
      // it empty (lib/cms/editor/widgets.ts).
      if (shape.address) return { widget: 'address', required: true, pattern: [SLUG.source, say(addressPattern)] };
      return { widget: shape.long ? 'text' : 'string' };
    case 'localized':
      return { widget: optionalGroup(field), collapsed: false, fields: localizedFields(shape.long) };
    case 'number':
      return { widget: 'number', value_type: shape.integer ? 'int' : 'float' };
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'choice':
      return { widget: 'select', options: shape.values.map((value) => ({ value, label: say(shape.options[value]!) })) };
    case 'date':
      // Typed as the guide writes it, whatever the browser's language (Decap's date picker is not).
      return { widget: 'day', time: shape.time, placeholder: shape.time ? '2026-03-05 18:30' : '2026-03-05' };
    case 'ref':
      return reference(shape.kind as KindKey, false, choices);
    case 'photo':
      return { widget: 'image', choose_url: false };
    case 'list':
      if (shape.of.type === 'ref') return reference(shape.of.kind as KindKey, true, choices);
      if (shape.of.type === 'localized')
        return {
          widget: 'list',
          ...(shape.of.label ? { label_singular: say(shape.of.label) } : {}),
          summary: '{{fields.kk}}',
          fields: localizedFields(shape.of.long),
        };
      if (shape.of.type === 'object')
        return {
          widget: 'list',
          ...(shape.of.label ? { label_singular: say(shape.of.label) } : {}),
          fields: shape.of.fields.map((f) => fieldOf(f, choices)),
        };
      return { widget: 'list' };
    case 'object':
      return { widget: optionalGroup(field), collapsed: false, fields: shape.fields.map((f) => fieldOf(f, choices)) };
  }
}

/**
 * Decap cannot ask for the parts of something optional (a lead photo's description, a role in both
 * languages) only once it is there; the editor's group does (lib/cms/editor/widgets.ts).
 */
const optionalGroup = (field: { required?: boolean }) => (field.required === false ? 'group' : 'object');

const addressPattern: Message = { kk: 'латын әріптері, цифрлар, дефис', ru: 'латиница, цифры, дефис' };

/** One field of a collection, as the editor shows it. */
function fieldOf(field: Field, choices: EntryChoices, widgets: Record<string, string> = {}): DecapField {
  const shown = widgetOf(field, choices);
  const required = (shown.required as boolean | undefined) ?? field.required;
  return {
    name: field.name,
    label: `${say(field.label)}${required && field.type !== 'boolean' ? REQUIRED_MARK : ''}`,
    ...(field.hint ? { hint: say(field.hint) } : {}),
    required,
    ...shown,
    ...(widgets[field.name] ? { widget: widgets[field.name] } : {}),
  } as DecapField;
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

function collectionOf(kind: DescribedKind & { key: KindKey }, choices: EntryChoices) {
  const editor = kind.editor!;
  const fields = kind.described.map((f) => fieldOf(f, choices, editor.widgets));
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
          if (Array.isArray(field.fields)) {
            // A photo is the same file in both languages; its description and credit are each language's.
            const parts = (field.fields as DecapField[]).map((f) => ({
              ...f,
              i18n: f.widget === 'image' ? 'duplicate' : true,
            }));
            return { ...field, i18n: true, fields: parts };
          }
          return { ...field, i18n: true };
        }),
        {
          name: 'body',
          label: `${both('Мәтін', 'Текст')}${REQUIRED_MARK}`,
          widget: 'markdown',
          i18n: true,
          required: true,
        },
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

/** Decap CMS's configuration for this site, with the published entries its drop-downs offer. */
export function decapConfig({
  backend = backendFromEnv(),
  choices = {},
  siteUrl,
}: { backend?: Backend; choices?: EntryChoices; siteUrl?: string } = {}) {
  const pkce = backend.app_id ? { auth_type: 'pkce' } : {};
  return {
    backend: { ...backend, ...pkce, squash_merges: true },
    // Nothing goes live before it is approved: drafts become branches and pull requests (README).
    publish_mode: 'editorial_workflow',
    locale: 'ru',
    site_url: '/',
    // The link to the site in the editor's top bar, named by its address rather than a bare "/".
    display_url: siteUrl ? siteUrl.replace(/\/$/, '') : '/',
    logo_url: '/icon.svg',
    media_folder: 'public/images',
    public_folder: '/images',
    i18n: { structure: 'multiple_files', locales: [...routing.locales], default_locale: routing.defaultLocale },
    collections: kindList.filter((kind) => kind.editor).map((kind) => collectionOf(kind, choices)),
  };
}
