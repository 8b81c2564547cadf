import { describe, expect, it } from 'vitest';
import { adminContentSecurityPolicy, contentSecurityPolicy } from '@/lib/http/headers';
import { backendFromEnv, backendOrigins } from '@/lib/cms/backend';
import { type DecapField, decapConfig } from '@/lib/cms/decap-config';
import { kindList } from '@/lib/content/kinds';

// The web editor's configuration is made from the content types: what the press office can and
// cannot get wrong there follows from the schema.

const choices = { news: [{ value: 'jana-makala', label: 'Жаңа мақала · Новая статья' }] };
const config = decapConfig({ backend: backendFromEnv({}), choices, siteUrl: 'https://example.kz' });
type Collection = Record<string, unknown> & { name: string; fields?: DecapField[]; files?: { fields: DecapField[] }[] };
const collection = (name: string) => (config.collections as Collection[]).find((c) => c.name === name)!;
const fields = (name: string): DecapField[] => collection(name).fields ?? collection(name).files![0]!.fields;
const field = (list: DecapField[], name: string) => list.find((f) => f.name === name)!;

describe('the web editor configuration', () => {
  it('has a collection for every kind of content, and every field of each', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual(kindList.map((k) => k.key).sort());
    for (const kind of kindList) {
      const names = fields(kind.key).map((f) => f.name);
      for (const field of kind.described) expect(names, `${kind.key}.${field.name}`).toContain(field.name);
    }
  });

  it('edits an article in Kazakh and Russian side by side, in the files the site reads', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_files', locales: ['kk', 'ru'], default_locale: 'kk' });
    const news = collection('news');
    expect(news).toMatchObject({ folder: 'content/news', path: '{{slug}}/index', slug: '{{fields.address}}' });
    expect(news.media_folder).toBe('');
    expect(news.preview_path).toBe('kk/news/{{dirname}}');
    expect(collection('events').preview_path).toBe('kk/events/{{filename}}');
    expect(field(fields('news'), 'title').i18n).toBe(true);
    expect(field(fields('news'), 'date').i18n).toBe('duplicate');
    expect(field(fields('news'), 'translationPending').widget).toBe('boolean');
    // Required of a new entry only (its file is named by it): the editor's address widget knows which.
    expect(field(fields('news'), 'address')).toMatchObject({
      widget: 'address',
      required: true,
      pattern: [expect.any(String), expect.any(String)],
    });
  });

  it('offers every closed list as a choice, and every reference as a choice of entries', () => {
    const events = fields('events');
    // A drop-down that also says when a planned event's day has passed.
    expect(field(events, 'status')).toMatchObject({ widget: 'event-status' });
    expect((field(events, 'status').options as { value: string }[]).map((o) => o.value)).toEqual([
      'planned',
      'held',
      'postponed',
      'cancelled',
    ]);
    expect(field(events, 'format').widget).toBe('select');
    expect(field(events, 'district')).toMatchObject({
      widget: 'relation',
      collection: 'districts',
      value_field: '{{slug}}',
    });
    // An article is named by its folder, which Decap's choice of entries cannot write: the published
    // articles are a drop-down of their own, wherever an article is referred to.
    expect(field(events, 'article')).toMatchObject({ widget: 'select', options: choices.news });
    expect(field(fields('people'), 'source').fields).toContainEqual(
      expect.objectContaining({ name: 'article', widget: 'select', options: choices.news }),
    );
    const references = JSON.stringify(config.collections);
    expect(references).not.toContain('"value_field":"{{dirname}}"');
    expect(references).not.toMatch(/"collection":"news"/);
    expect(field(fields('news'), 'people')).toMatchObject({ widget: 'relation', collection: 'people', multiple: true });
    expect(field(fields('people'), 'party')).toMatchObject({ widget: 'relation', collection: 'parties' });
  });

  it("asks for a lead photo's description and credit, in each language, once there is a photo", () => {
    const image = field(fields('news'), 'image');
    expect(image).toMatchObject({ widget: 'group', required: false });
    expect(image.label).not.toMatch(/\*$/);
    const parts = image.fields as DecapField[];
    expect(field(parts, 'src')).toMatchObject({ widget: 'image', i18n: 'duplicate', required: true });
    for (const name of ['alt', 'credit']) {
      expect(field(parts, name)).toMatchObject({ i18n: true, required: true, label: expect.stringMatching(/ \*$/) });
    }
  });

  it('types dates as the guide writes them, marks what is required, and names the site', () => {
    expect(field(fields('news'), 'date')).toMatchObject({ widget: 'day', placeholder: '2026-03-05', required: true });
    expect(field(fields('events'), 'start')).toMatchObject({ widget: 'day', placeholder: '2026-03-05 18:30' });
    expect(JSON.stringify(config)).not.toContain('"datetime"');
    expect(field(fields('events'), 'end').label).not.toMatch(/\*$/);
    expect(field(fields('events'), 'title').label).toMatch(/ \*$/);
    expect(collection('events').slug).toBe("{{fields.start | date('YYYY-MM-DD')}}-{{fields.district}}");
    expect(config.display_url).toBe('https://example.kz');
  });

  it('keeps nothing from going live without review, and no secret', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(JSON.stringify(config)).not.toMatch(/secret|token|password/i);
    const withApp = decapConfig({
      backend: backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'id' }),
    });
    expect(withApp.backend).toMatchObject({ name: 'gitlab', repo: 'a/b', app_id: 'id', auth_type: 'pkce' });
  });
});

describe("the editor's Content-Security-Policy", () => {
  it('lets the editor reach its git host and, on this machine only, the local backend', () => {
    const origins = backendOrigins(backendFromEnv({ CMS_API_ROOT: 'https://git.example.kz/api/v1' }));
    expect(origins).toEqual(['https://git.example.kz']);
    const production = adminContentSecurityPolicy({ connect: origins, localBackend: false });
    expect(production).toContain("connect-src 'self' blob: https://git.example.kz");
    expect(production).not.toContain('localhost');
    expect(production).toContain("frame-ancestors 'none'");
    expect(adminContentSecurityPolicy({ connect: origins, localBackend: true })).toContain('http://127.0.0.1:*');
  });

  it("leaves the site's own policy strict", () => {
    expect(contentSecurityPolicy).not.toContain('unsafe');
    expect(contentSecurityPolicy).toContain("script-src 'self';");
  });
});
