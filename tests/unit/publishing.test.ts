import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePhonePhoto, makePhoto } from '../fixtures/photos';
import { buildEnv, copyProject, run } from '../project-copy';

/*
 * The press office publishes the way content/README.md says: an article in both languages with a
 * photo from a phone beside it (named as WhatsApp names it), an event, and a person the article
 * names. The check and the build must pass, on a copy of the whole project with today's content/.
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
  it('passes the check and the build, and the article shows its photos', async () => {
    const check = await run('npm', ['run', '-s', 'content:check'], { cwd: copy, env: buildEnv });
    expect(check.stdout).toMatch(/^Мазмұн дұрыс/m);

    await run('npm', ['run', 'build'], { cwd: copy, env: buildEnv, maxBuffer: 64 * 2 ** 20 });
    const page = (path: string) => join(copy, '.next/server/app', `${path}.html`);
    const html = readFileSync(page('kk/news/audandyq-kezdesu'), 'utf8');
    expect(html).toContain('<h1 class="text-2xl font-bold leading-tight sm:text-4xl">Аудандағы кездесу</h1>');
    expect(html.match(/<figure class="photo">/g)).toHaveLength(2);
    expect(html).toMatch(/fetchPriority="high"/);
    expect(existsSync(page('ru/people/asan-synaqov'))).toBe(true);
    const event = readFileSync(page('ru/events/2026-03-05-audandyq-kezdesu'), 'utf8');
    expect(event).toContain('Казалы, дом культуры');
    expect(event).toContain('18:30');
  }, 300_000);
});
