import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePhonePhoto, makePhoto } from '../fixtures/photos';
import { DOCUMENTS_DIR, type StoredDocument, storedPath } from '@/lib/content/documents';
import { manifestFile, type PhotoManifest } from '@/lib/photos/manifest';
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
});
