// The web editor's set-up (README: the web editor). Its collections are made from the site's content
// types at build time (/admin/config.json, lib/cms/decap-config.ts); here: where it saves, how an
// article's preview looks (the site's own stylesheet and article layout), the photo block that asks
// for what the photo shows and whose it is, and what is checked before anything is saved.
(async () => {
  const CMS = window.CMS;
  const h = window.h;
  const config = { ...(await (await fetch('/admin/config.json')).json()), load_config_file: false };

  // On this machine (npm run cms) the editor saves through the local backend on loopback, on port 8081
  // or the one the address names (/admin/?local-backend=<port>: the tests take a free one). Writing
  // straight into content/ (its file mode) has no review; its git mode keeps the review's steps.
  if (['localhost', '127.0.0.1'].includes(window.location.hostname)) {
    const asked = new URLSearchParams(window.location.search).get('local-backend');
    const port = /^\d{2,5}$/.test(asked || '') ? asked : '8081';
    const url = `http://localhost:${port}/api/v1`;
    config.local_backend = { url };
    const info = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    }).then(
      (r) => r.json(),
      () => ({ publish_modes: [] }),
    );
    if (!info.publish_modes.includes(config.publish_mode)) delete config.publish_mode;
  }

  // The preview uses the site's stylesheet, as the site's pages link it.
  const page = await (await fetch('/kk')).text();
  for (const [, href] of page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) CMS.registerPreviewStyle(href);
  // The preview wraps an article's blocks in one more element than the page: the same spacing (mt-5).
  CMS.registerPreviewStyle('.prose-article > div > * + * { margin-top: 1.25rem; }', { raw: true });

  // An article's day as the site writes it (lib/cms/preview-dates.ts).
  const dates = await (await fetch('/admin/dates.json')).json();
  const dateIn = (locale, value) => {
    const [year, month, day] = String(value || '')
      .slice(0, 10)
      .split('-')
      .map(Number);
    if (!year || !month || !day) return '';
    return dates[locale].pattern
      .replace('{year}', year)
      .replace('{month}', dates[locale].months[month - 1])
      .replace('{day}', day);
  };

  // An article as the site shows it (app/[locale]/news/[slug]/page.tsx).
  const ArticlePreview = ({ entry, widgetFor, getAsset }) => {
    const data = entry.get('data');
    // Decap previews another language by putting that language's data in place of the default's.
    const locale = entry.getIn(['i18n', 'ru', 'data']) === data ? 'ru' : 'kk';
    const image = data.get('image');
    const src = image && image.get('src');
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
          h('p', { className: 'mt-4 text-muted' }, dateIn(locale, data.get('date'))),
          h(
            'p',
            { className: 'mt-6 border-s-4 border-accent ps-4 text-lg font-medium sm:text-xl' },
            data.get('summary'),
          ),
          src &&
            h(
              'div',
              { className: 'mt-8' },
              h(
                'figure',
                { className: 'photo' },
                h('img', { src: getAsset(src).toString(), alt: image.get('alt') || '' }),
                h('figcaption', {}, image.get('credit')),
              ),
            ),
        ),
        h('div', { className: 'prose-article mt-8' }, widgetFor('body')),
      ),
    );
  };
  CMS.registerPreviewTemplate('news', ArticlePreview);

  // A photo in the text: the file, what it shows and whose it is, written as the site reads it (a
  // markdown image, then the credit line). The editor cannot leave out the description or the credit.
  const both = (kk, ru) => `${kk} · ${ru}`;
  CMS.registerEditorComponent({
    id: 'photo',
    label: both('Сурет', 'Фото'),
    fields: [
      { name: 'src', label: both('Файл', 'Файл'), widget: 'image', choose_url: false },
      { name: 'alt', label: both('Суретте не бар', 'Что на фото'), widget: 'string' },
      {
        name: 'credit',
        label: both('Авторы', 'Автор'),
        widget: 'string',
        hint: both('«Сурет: …» немесе «Фото: …»', '«Сурет: …» или «Фото: …»'),
      },
    ],
    pattern: /^!\[([^\]]*)\]\(([^)]+)\)\n\n((?:Сурет|Фото|Photo):[^\n]*)$/,
    fromBlock: (match) => ({ alt: match[1], src: match[2], credit: match[3] }),
    toBlock: ({ alt, src, credit }) => {
      const line = /^(Сурет|Фото|Photo):/.test(credit || '') ? credit : `Сурет: ${credit || ''}`;
      return `![${alt || ''}](${src || ''})\n\n${line}`;
    },
    toPreview: ({ alt, src, credit }, getAsset) =>
      h(
        'figure',
        { className: 'photo' },
        h('img', { src: getAsset(src).toString(), alt }),
        h('figcaption', {}, credit),
      ),
  });

  // A photo needs what it shows and whose it is, in each language, before anything is saved: the
  // editor cannot require part of an optional lead photo by itself (lib/cms/decap-config.ts).
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const translations = entry.get('i18n');
      const languages = [entry.get('data'), ...(translations ? translations.valueSeq().map((l) => l.get('data')) : [])];
      const incomplete = (value) => {
        if (!value || typeof value.get !== 'function') return false;
        if (value.get('src') && (!value.get('alt') || !value.get('credit'))) return true;
        return value.valueSeq().some(incomplete);
      };
      // A new entry's file is named by its address (lib/cms/decap-config.ts); one already written
      // keeps its name.
      const named = config.collections.find((c) => c.name === entry.get('collection'));
      const hasAddress = named && (named.fields || []).some((f) => f.name === 'address');
      if (hasAddress && entry.get('newRecord') && !entry.getIn(['data', 'address'])) {
        throw new Error(
          both(
            '«Мекенжайы (латынша)» өрісін толтырыңыз: жаңа жазбаның файлы сол атпен аталады',
            'заполните «Адрес (латиницей)»: файл новой записи называется по нему',
          ),
        );
      }
      if (languages.some(incomplete)) {
        throw new Error(
          both(
            'суретке «Суретте не бар» мен «Авторы» өрістерін екі тілде де толтырыңыз',
            'у фото заполните «Что на фото» и «Автор» на обоих языках',
          ),
        );
      }
    },
  });

  CMS.init({ config });
})();
