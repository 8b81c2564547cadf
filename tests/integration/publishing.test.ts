import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePhonePhoto, makePhoto } from '../fixtures/photos';
import { DOCUMENTS_DIR, fromCompiled, type StoredDocument, storedPath } from '@/lib/content/documents';
import { kindList } from '@/lib/content/kinds';
import { buildSiteContent, type RawCollections } from '@/lib/content/validate';
import { manifestFile, pagesManifestFile, type PhotoManifest, photoLookup } from '@/lib/photos/manifest';
import { buildEnv, copyProject, run } from '../project-copy';

/*
 * The press office publishes the way content/README.md says: an article in both languages with a
 * photo from a phone beside it (named as WhatsApp names it), an event, and a person the article
 * names. The build's content step must pass on a copy of the whole project with today's content/, and
 * hand the pages the article with its photos (the pages themselves are tested on the fixture site).
 */

let copy = '';

beforeAll(async () => {
  copy = await copyProject('publishing');

  const article = join(copy, 'content/news/audandyq-kezdesu');
  mkdirSync(article, { recursive: true });
  writeFileSync(join(article, 'WhatsApp Image 2026-03-05 at 11.02.17.jpeg'), await makePhonePhoto(1500, 2000, 21));
  writeFileSync(join(article, 'zal.jpg'), await makePhoto(1600, 1200, 22));
  const lead = { kk: 'Кездесуге келген тұрғындар', ru: 'Жители на встрече' };
  for (const [locale, title, text, credit] of [
    ['kk', 'Аудандағы кездесу', 'Кездесуде Асан Сынақов сөз сөйледі.', 'Сурет: баспасөз қызметі'],
    ['ru', 'Встреча в районе', 'На встрече выступил Асан Сынаков.', 'Фото: пресс-служба'],
  ] as const) {
    writeFileSync(
      join(article, `index.${locale}.md`),
      [
        '---',
        `title: ${title}`,
        'date: 2026-03-05',
        `summary: ${text}`,
        'people: [asan-synaqov]',
        'image:',
        '  src: zal.jpg',
        `  alt: ${lead[locale]}`,
        `  credit: '${credit}'`,
        '---',
        '',
        text,
        '',
        `![${lead[locale]}](WhatsApp Image 2026-03-05 at 11.02.17.jpeg)`,
        '',
        credit,
        '',
      ].join('\n'),
    );
  }
  writeFileSync(
    join(copy, 'content/people/asan-synaqov.yaml'),
    [
      'name:',
      '  kk: Асан Сынақов',
      '  ru: Асан Сынаков',
      'roles:',
      '  - kk: кездесуде сөз сөйлеген',
      '    ru: выступил на встрече',
      'source:',
      '  article: audandyq-kezdesu',
      '  paragraph: 1',
      'order: 100',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(copy, 'content/events/2026-03-05-audandyq-kezdesu.yaml'),
    [
      'title:',
      '  kk: Аудандағы кездесу',
      '  ru: Встреча в районе',
      'start: 2026-03-05 18:30',
      'venue:',
      '  kk: Қазалы, мәдениет үйі',
      '  ru: Казалы, дом культуры',
      'district: kazaly',
      'format: meeting-with-residents',
      'status: held',
      'article: audandyq-kezdesu',
      '',
    ].join('\n'),
  );
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('publishing the way the guide says', () => {
  it('passes the check and the content step, which hands the pages the article with its photos', async () => {
    const check = await run('npm', ['run', '-s', 'content:check'], { cwd: copy, env: buildEnv });
    expect(check.stdout).toMatch(/^Мазмұн дұрыс/m);

    await run('npm', ['run', '-s', 'content:check', '--', '--build'], { cwd: copy, env: buildEnv });
    const stored = (path: string) =>
      JSON.parse(readFileSync(join(copy, DOCUMENTS_DIR, storedPath(path)), 'utf8')) as StoredDocument;
    const article = stored('news/audandyq-kezdesu/index.kk.md');
    expect(article.title).toBe('Аудандағы кездесу');
    // Both photos, as the photo build made them: the WhatsApp one and the lead photo's crop.
    expect(article.text?.html.match(/<figure class="photo"><picture>/g)).toHaveLength(1);
    expect(article.text?.html).toMatch(/srcset="\/photos\/[0-9a-f]{16}-360\.avif/);
    const manifest = JSON.parse(readFileSync(join(copy, manifestFile('content')), 'utf8')) as PhotoManifest;
    expect(Object.keys(manifest.shown['news/audandyq-kezdesu/index.kk.md'] ?? {}).sort()).toEqual([
      'WhatsApp Image 2026-03-05 at 11.02.17.jpeg',
      'zal.jpg',
    ]);
    expect(existsSync(join(copy, DOCUMENTS_DIR, 'people/asan-synaqov.json'))).toBe(true);
    expect(stored('events/2026-03-05-audandyq-kezdesu.yaml').start).toBe('2026-03-05 18:30');
  }, 300_000);

  it('keeps the pages on the last good content, photos included, while a file is broken (npm run dev)', async () => {
    const article = join(copy, 'content/news/audandyq-kezdesu');
    const before = readFileSync(join(copy, DOCUMENTS_DIR, storedPath('news/audandyq-kezdesu/index.kk.md')), 'utf8');
    const kk = readFileSync(join(article, 'index.kk.md'), 'utf8');
    // A colon in the title, and the Russian file gone: neither file can be read.
    writeFileSync(join(article, 'index.kk.md'), kk.replace(/^title: /m, 'title: Аудан: '));
    rmSync(join(article, 'index.ru.md'));
    const step = await run('npm', ['run', '-s', 'content:check', '--', '--build', '--watching'], {
      cwd: copy,
      env: buildEnv,
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in step && step.code).toBe(1);

    // The documents the pages have are the last good ones, and every photo they show is still there.
    const stored = readFileSync(join(copy, DOCUMENTS_DIR, storedPath('news/audandyq-kezdesu/index.kk.md')), 'utf8');
    expect(stored).toBe(before);
    const raw = readStored(join(copy, DOCUMENTS_DIR));
    const pages = photoLookup(join(copy, pagesManifestFile('content')));
    const content = buildSiteContent(raw, { includeDrafts: false, photos: pages });
    const shown = content.news
      .filter((a) => a.slug === 'audandyq-kezdesu')
      .flatMap((a) => [
        ...(a.image?.photo ? [a.image.photo] : []),
        ...[...a.html.matchAll(/\/photos\/([0-9a-f]{16})-360\.avif/g)].map((m) => ({ hash: m[1]! })),
      ]);
    expect(shown.length).toBe(4);
    for (const { hash } of shown) expect(existsSync(join(copy, 'public/photos', `${hash}-360.avif`))).toBe(true);
  }, 120_000);
});

/** The checked documents as the content step stored them, as the pages' loader reads them. */
function readStored(dir: string): RawCollections {
  const all = (path: string): string[] =>
    readdirSync(path, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? all(join(path, e.name)) : e.name.endsWith('.json') ? [join(path, e.name)] : [],
    );
  const byKind = Object.fromEntries(kindList.map((k) => [k.key, [] as unknown[]]));
  for (const file of all(dir)) {
    const doc = fromCompiled(JSON.parse(readFileSync(file, 'utf8')));
    const kind = kindList.find((k) => doc._raw.sourceFilePath.startsWith(`${k.files.dir}/`));
    byKind[kind!.key]!.push(doc);
  }
  return byKind as unknown as RawCollections;
}
