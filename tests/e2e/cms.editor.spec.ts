import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { stopGroup, waitFor } from '../../lib/deploy/processes';
import { makePhonePhoto } from '../fixtures/photos';
import { buildEnv, copyProject, run } from '../project-copy';

/*
 * The press office's path through the web editor (content/README.md), in local mode: the editor on
 * this site's /admin, its local backend writing into a copy of the project with today's content/.
 * An article in Kazakh and Russian with a photo sent over WhatsApp; then the check passes and the
 * copy, built, shows the article with its photo.
 */

const ADDRESS = 'redaktor-arqyly';
// The founding article of today's content/ (the copy's).
const FOUNDING = 'qyzylordada-koalitsiya-quryldy';
const SITE_PORT = 3190;
let copy = '';
let photos = '';
const servers: ChildProcess[] = [];

function serve(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Its own process group, so that stopping it stops what it started.
  const child = spawn(command, args, { cwd: copy, env, detached: true, stdio: 'ignore' });
  servers.push(child);
  return child;
}

test.describe.configure({ mode: 'serial', timeout: 420_000 });

test.beforeAll(async () => {
  copy = await copyProject('editor');
  photos = mkdtempSync(join(tmpdir(), 'whatsapp-'));
  // As WhatsApp saves a photo: a phone's JPEG lying on its side, with its EXIF, spaces in the name.
  writeFileSync(join(photos, 'WhatsApp Image 2026-03-20 at 10.15.02.jpeg'), await makePhonePhoto(1500, 2000, 31));
  // The editor talks to port 8081 only: another local backend there (npm run cms) would take this
  // test's saves into its own content/.
  const info = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' };
  if (
    await fetch('http://127.0.0.1:8081/api/v1', info).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error('Port 8081 is in use (is `npm run cms` running?): stop it before this test.');
  }
  // Loopback only, as npm run cms starts it.
  serve('node', ['node_modules/decap-server/dist/index.js'], {
    ...process.env,
    BIND_HOST: '127.0.0.1',
    PORT: '8081',
    MODE: 'fs',
    GIT_REPO_DIRECTORY: copy,
    LOG_LEVEL: 'warn',
  });
  await waitFor('http://127.0.0.1:8081/api/v1', { init: info });
});

test.afterAll(() => {
  for (const server of servers) stopGroup(server);
  if (copy) rmSync(copy, { recursive: true, force: true });
  if (photos) rmSync(photos, { recursive: true, force: true });
});

test('an article in both languages with a WhatsApp photo, written in the editor, reaches the built site', async ({
  page,
}) => {
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('link', { name: /Жаңалықтар · Новости/ }).first()).toBeVisible();

  await page.goto('/admin#/collections/news/new');
  const field = (label: string, nth = 0) => page.getByLabel(label, { exact: false }).nth(nth);
  // The two languages side by side: Kazakh on the left, Russian on the right.
  await field('Тақырыбы').fill('Редактор арқылы жазылған мақала');
  await field('Тақырыбы', 1).fill('Статья, написанная в редакторе');
  await page.locator('input[type="date"]').first().fill('2026-03-20');
  await field('Қысқаша').fill('Баспасөз қызметі мақаланы сайттың редакторында жазды.');
  await field('Қысқаша', 1).fill('Пресс-служба написала статью в редакторе сайта.');

  // The lead photo: uploaded from the computer through the media library, then described.
  await page.getByRole('button', { name: 'Выберите изображение' }).first().click();
  await page.locator('input[type="file"]').setInputFiles(join(photos, 'WhatsApp Image 2026-03-20 at 10.15.02.jpeg'));
  await page
    .getByRole('button', { name: /Выбрать/ })
    .first()
    .click();
  await expect(page.locator('img[src^="blob:"]').first()).toBeVisible();

  const bodies = page.locator('[data-slate-editor="true"]');
  await bodies.first().click();
  await page.keyboard.type('Баспасөз қызметі бұл мақаланы сайттың редакторында жазды.');
  await bodies.nth(1).click();
  await page.keyboard.type('Пресс-служба написала эту статью в редакторе сайта.');

  const publish = async () => {
    await page.getByRole('button', { name: 'Опубликовать' }).click();
    await page.getByText('Опубликовать сейчас').click();
  };
  // Without an address a new article has no file name; the editor says so and saves nothing.
  await publish();
  await expect(page.getByText('заполните «Адрес (латиницей)»: файл новой записи называется по нему')).toBeVisible();
  await field('Мекенжайы').fill(ADDRESS);

  // A photo without its description and credit is not saved; the editor says what is missing.
  await publish();
  await expect(page.getByText('у фото заполните «Что на фото» и «Автор» на обоих языках')).toBeVisible();
  expect(existsSync(join(copy, 'content/news', ADDRESS))).toBe(false);

  await field('Суретте не бар').fill('Кездесуге келген тұрғындар');
  await field('Суретте не бар', 1).fill('Жители, пришедшие на встречу');
  await field('Авторы').fill('Сурет: баспасөз қызметі');
  await field('Авторы', 1).fill('Фото: пресс-служба');
  await publish();

  // Written where the guide says: the article's folder, a file per language, the photo beside them.
  const folder = join(copy, 'content/news', ADDRESS);
  await expect.poll(() => existsSync(join(folder, 'index.ru.md')), { timeout: 15_000 }).toBe(true);
  const kk = readFileSync(join(folder, 'index.kk.md'), 'utf8');
  const ru = readFileSync(join(folder, 'index.ru.md'), 'utf8');
  expect(kk).toMatch(/^title: Редактор арқылы жазылған мақала$/m);
  expect(ru).toMatch(/^title: Статья, написанная в редакторе$/m);
  expect(kk).toMatch(/^date: 2026-03-20$/m);
  const photo = /^ {2}src: (.+)$/m.exec(kk)?.[1];
  expect(photo, 'the lead photo is named in the Kazakh file').toBeTruthy();
  expect(existsSync(join(folder, photo!.replace(/^['"]|['"]$/g, '')))).toBe(true);

  // An article written before the editor (no address in its files) is edited and saved as it is.
  await page.goto('about:blank');
  await page.goto(`/admin#/collections/news/entries/${FOUNDING}/index`);
  const ruTitle = field('Тақырыбы', 1);
  await expect(ruTitle).toHaveValue(/^В Кызылорде создана региональная коалиция/);
  await ruTitle.fill(`${await ruTitle.inputValue()} (редактор)`);
  await publish();
  await expect
    .poll(() => readFileSync(join(copy, 'content/news', FOUNDING, 'index.ru.md'), 'utf8'))
    .toContain('(редактор)');
  // A published entry links to its page on the site.
  await expect(page.getByRole('link', { name: /Просмотр/ })).toHaveAttribute('href', `/kk/news/${FOUNDING}`);

  // The check the pipeline runs, then the build.
  const check = await run('npm', ['run', '-s', 'content:check'], { cwd: copy, env: buildEnv });
  expect(check.stdout).toMatch(/^Мазмұн дұрыс/m);
  await run('npm', ['run', 'build'], { cwd: copy, env: buildEnv, maxBuffer: 64 * 2 ** 20 });

  serve('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(SITE_PORT)], buildEnv);
  await waitFor(`http://localhost:${SITE_PORT}/kk`);
  for (const [locale, title, alt] of [
    ['kk', 'Редактор арқылы жазылған мақала', 'Кездесуге келген тұрғындар'],
    ['ru', 'Статья, написанная в редакторе', 'Жители, пришедшие на встречу'],
  ] as const) {
    await page.goto(`http://localhost:${SITE_PORT}/${locale}/news/${ADDRESS}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const lead = page.locator('article figure.photo img').first();
    await expect(lead).toHaveAttribute('alt', alt);
    // Drawn: the browser loaded one of the pipeline's files, upright as the phone held it.
    await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await lead.evaluate((img: HTMLImageElement) => img.naturalHeight > img.naturalWidth)).toBe(true);
    await expect(lead).toHaveAttribute('src', /^\/photos\//);
  }
  await page.goto(`http://localhost:${SITE_PORT}/ru/news/${FOUNDING}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\(редактор\)$/);
});
