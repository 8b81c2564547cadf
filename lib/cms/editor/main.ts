import type { EditorWords } from '../editor-words';
import { both } from '../both';
import type { Element } from './decap';
import { editorInterface } from './interface-words';
import { registerPreviews } from './previews';
import { cleanUploads } from './uploads';
import { registerWidgets } from './widgets';

/*
 * The web editor's set-up (docs/web-editor.md), bundled into public/admin/editor.js by
 * scripts/build-admin.ts. Its collections come with the build (/admin/config.json,
 * lib/cms/decap-config.ts), with the words of its previews (/admin/words.json); here: where it saves,
 * its interface words, its own widgets and previews, the photo block in the text, and the photos
 * cleaned of their metadata before upload.
 */

const json = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;

type Config = Record<string, unknown> & { publish_mode?: string; collections: Parameters<typeof registerPreviews>[1] };

/**
 * On this machine (npm run cms) the editor saves through the local backend on loopback, on port 8081
 * or the one the address names (/admin/?local-backend=<port>: the tests take a free one). It writes
 * straight into content/: there is no review there, so the review's steps are left out.
 */
async function useLocalBackend(config: Config) {
  if (!['localhost', '127.0.0.1'].includes(window.location.hostname)) return;
  const asked = new URLSearchParams(window.location.search).get('local-backend');
  const port = /^\d{2,5}$/.test(asked || '') ? asked : '8081';
  const url = `http://localhost:${port}/api/v1`;
  config.local_backend = { url };
  const info = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'info' }),
  }).then(
    (r) => r.json() as Promise<{ publish_modes: string[] }>,
    () => ({ publish_modes: [] as string[] }),
  );
  if (!info.publish_modes.includes(config.publish_mode ?? '')) delete config.publish_mode;
}

/** The site's stylesheet in the previews, as its pages carry it: inside them once built, linked in `next dev`. */
async function useSiteStyles() {
  const { CMS } = window;
  const page = await (await fetch('/kk')).text();
  for (const [, href] of page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) CMS.registerPreviewStyle(href!);
  for (const [, css] of page.matchAll(/<style>([\s\S]*?)<\/style>/g)) CMS.registerPreviewStyle(css!, { raw: true });
  // The preview wraps an article's blocks in one more element than the page: the same spacing (mt-5).
  CMS.registerPreviewStyle('.prose-article > div > * + * { margin-top: 1.25rem; }', { raw: true });
}

/**
 * A photo in the text: the file, what it shows and whose it is, written as the site reads it (a
 * markdown image, then the credit line).
 */
function registerPhotoInText() {
  const { CMS, h } = window;
  CMS.registerEditorComponent({
    id: 'photo',
    label: both('Сурет', 'Фото'),
    fields: [
      { name: 'src', label: both('Сурет файлы *', 'Файл фото *'), widget: 'image', choose_url: false },
      { name: 'alt', label: both('Суретте не бар *', 'Что на фото *'), widget: 'string' },
      {
        name: 'credit',
        label: both('Авторы *', 'Автор *'),
        widget: 'string',
        hint: both('«Сурет: …» немесе «Фото: …»', '«Сурет: …» или «Фото: …»'),
      },
    ],
    pattern: /^!\[([^\]]*)\]\(([^)]+)\)\n\n((?:Сурет|Фото|Photo):[^\n]*)$/,
    fromBlock: (match: string[]) => ({ alt: match[1], src: match[2], credit: match[3] }),
    toBlock: ({ alt, src, credit }: Record<string, string | undefined>) => {
      const line = credit && /^(Сурет|Фото|Photo):/.test(credit) ? credit : `Сурет: ${credit || ''}`;
      return `![${alt || ''}](${src || ''})\n\n${line}`;
    },
    toPreview: ({ alt, src, credit }: Record<string, string | undefined>, getAsset: (s: string) => unknown): Element =>
      h(
        'figure',
        { className: 'photo' },
        h('img', { src: String(getAsset(src ?? '')), alt }),
        h('figcaption', {}, credit),
      ),
  });
}

/**
 * Decap keeps an open entry's form when only the address changes (another entry typed or pasted into
 * the address bar): the page is loaded again for the entry asked for.
 */
function reloadOnOtherEntry() {
  const entryOf = (hash: string) => /^#\/collections\/[^/]+\/(entries\/.+|new)$/.exec(hash)?.[0];
  let shown = entryOf(window.location.hash);
  window.addEventListener('hashchange', (event) => {
    const next = entryOf(new URL(event.newURL).hash);
    // A new entry, once saved, is shown under its own address: that is the same entry.
    if (shown && next && next !== shown && !shown.endsWith('/new')) window.location.reload();
    shown = next;
  });
}

void (async () => {
  const { CMS } = window;
  const [config, words] = await Promise.all([
    json<Config>('/admin/config.json'),
    json<EditorWords>('/admin/words.json'),
  ]);
  await Promise.all([useLocalBackend(config), useSiteStyles()]);
  CMS.registerLocale('ru', editorInterface());
  registerWidgets(CMS, words);
  registerPreviews(CMS, config.collections, words);
  registerPhotoInText();
  cleanUploads();
  reloadOnOtherEntry();
  CMS.init({ config: { ...config, load_config_file: false } });
})();
