import type { EditorWords } from '../editor-words';
import type { Decap, Element, H, PreviewProps, Value } from './decap';

/*
 * The editor's previews: an article as the site shows it (app/[locale]/news/[slug]/page.tsx, with the
 * site's stylesheet), and every other entry as a list of its fields in the press office's words: the
 * label of a choice, the name of an entry referred to, a day as the site writes it; never a code.
 */

type ConfigField = {
  name: string;
  label: string;
  widget: string;
  options?: { value: string; label: string }[];
  collection?: string;
  fields?: ConfigField[];
  time?: boolean;
};
type Collection = { name: string; i18n?: boolean; fields?: ConfigField[]; files?: { fields: ConfigField[] }[] };

const plain = (value: unknown): unknown =>
  value && typeof (value as Value).toJS === 'function' ? (value as Value).toJS() : value;

export function registerPreviews(CMS: Decap, collections: Collection[], words: EditorWords) {
  const h: H = window.h;

  /** A day as the site writes it ("2026 жылғы 20 наурыз" / "20 марта 2026 г."), with its time if given. */
  const dayIn = (locale: 'kk' | 'ru', value: unknown) => {
    const written = String(value ?? '').trim();
    const [year, month, day] = written.slice(0, 10).split('-').map(Number);
    if (!year || !month || !day || !words.dates[locale].months[month - 1]) return written;
    const time = /[T ](\d{2}:\d{2})/.exec(written)?.[1];
    const date = words.dates[locale].pattern
      .replace('{year}', String(year))
      .replace('{month}', words.dates[locale].months[month - 1]!)
      .replace('{day}', String(day));
    return time ? `${date}, ${time}` : date;
  };

  /** What a field holds, as the press office would say it. */
  const shown = (field: ConfigField, value: unknown, getAsset: PreviewProps['getAsset']): Element => {
    value = plain(value);
    if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0))
      return '—';
    if (field.widget === 'boolean') return value ? 'Иә · Да' : 'Жоқ · Нет';
    if (field.widget === 'day') return `${dayIn('kk', value)} · ${dayIn('ru', value)}`;
    if (field.options) {
      const label = (v: unknown) => field.options!.find((o) => o.value === v)?.label ?? String(v);
      return Array.isArray(value) ? value.map(label).join('; ') : label(value);
    }
    if (field.widget === 'relation') {
      const names = words.names[field.collection as keyof typeof words.names] ?? {};
      const name = (v: unknown) => names[String(v)] ?? String(v);
      return Array.isArray(value) ? value.map(name).join('; ') : name(value);
    }
    if (field.widget === 'image')
      return h('img', { src: getAsset(String(value)).toString(), alt: '', style: { maxWidth: '100%' } });
    if (field.fields && Array.isArray(value)) {
      return h('ol', null, ...value.map((item) => h('li', null, fieldList(field.fields!, item, getAsset))));
    }
    if (field.fields && typeof value === 'object') return fieldList(field.fields, value, getAsset);
    if (Array.isArray(value)) return value.join('; ');
    return String(value);
  };

  const fieldList = (fields: ConfigField[], data: unknown, getAsset: PreviewProps['getAsset']): Element => {
    const record = (plain(data) ?? {}) as Record<string, unknown>;
    return h(
      'dl',
      { style: { margin: 0 } },
      ...fields.flatMap((field) => [
        h('dt', { style: { fontWeight: 600, marginTop: 12 } }, field.label.replace(/ \*$/, '')),
        h('dd', { style: { margin: '2px 0 0 16px' } }, shown(field, record[field.name], getAsset)),
      ]),
    );
  };

  // An article (an entry in two languages) as the site shows it (app/[locale]/news/[slug]/page.tsx).
  const ArticlePreview = ({ entry, widgetFor, getAsset }: PreviewProps) => {
    const data = entry.get('data') as Value;
    // Decap previews another language by putting that language's data in place of the default's.
    const locale = entry.getIn(['i18n', 'ru', 'data']) === data ? 'ru' : 'kk';
    const image = data.get('image') as Value | undefined;
    const src = image?.get('src');
    return h(
      'div',
      { className: 'mx-auto max-w-3xl px-4 py-8' },
      h(
        'article',
        {},
        h(
          'header',
          {},
          h('h1', { className: 'text-2xl font-bold leading-tight sm:text-4xl' }, data.get('title')),
          h('p', { className: 'mt-4 text-muted' }, dayIn(locale, data.get('date'))),
          h(
            'p',
            { className: 'mt-6 border-s-4 border-accent ps-4 text-lg font-medium sm:text-xl' },
            data.get('summary'),
          ),
          src
            ? h(
                'div',
                { className: 'mt-8' },
                h(
                  'figure',
                  { className: 'photo' },
                  h('img', { src: getAsset(String(src)).toString(), alt: image?.get('alt') || '' }),
                  h('figcaption', {}, image?.get('credit')),
                ),
              )
            : null,
        ),
        h('div', { className: 'prose-article mt-8' }, widgetFor('body')),
      ),
    );
  };

  for (const collection of collections) {
    const fields = collection.fields ?? collection.files?.[0]?.fields ?? [];
    CMS.registerPreviewTemplate(
      collection.name,
      collection.i18n
        ? ArticlePreview
        : ({ entry, getAsset }) =>
            h(
              'div',
              { className: 'mx-auto max-w-3xl px-4 py-8 text-ink' },
              fieldList(fields, entry.get('data'), getAsset),
            ),
    );
  }
}
