import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { stopGroup, waitFor } from '../../lib/deploy/processes';
import { fixtureSite } from '../fixture-site';
import { makePhonePhoto } from '../fixtures/photos';
import { freePorts } from '../ports';
import { run } from '../project-copy';
import { FOUNDING } from './fixtures';

/*
 * The press office's path through the web editor (content/README.md), in local mode: the editor of the
 * fixture build's /admin, its local backend (on a free port) writing into a copy of the fixture's
 * content. An article in Kazakh and Russian with a photo sent over WhatsApp, and an edit of the
 * founding article; then the check the pipeline runs passes on what the editor wrote.
 */

const ADDRESS = 'redaktor-arqyly';
let work = '';
let photos = '';
let port = 0;
let backend: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'editor-'));
  cpSync(fixtureSite.contentDir, join(work, 'content'), { recursive: true });
  mkdirSync(join(work, 'public/images'), { recursive: true });
  photos = mkdtempSync(join(tmpdir(), 'whatsapp-'));
  // As WhatsApp saves a photo: a phone's JPEG lying on its side, with its EXIF, spaces in the name.
  writeFileSync(join(photos, 'WhatsApp Image 2026-03-20 at 10.15.02.jpeg'), await makePhonePhoto(1500, 2000, 31, { gps: true }));
  port = await freePorts(1);
  // Loopback only, as npm run cms starts it; its own process group, so that stopping it stops it all.
  backend = spawn('node', ['node_modules/decap-server/dist/index.js'], {
    env: {
      ...process.env,
      BIND_HOST: '127.0.0.1',
      PORT: String(port),
      MODE: 'fs',
      GIT_REPO_DIRECTORY: work,
      LOG_LEVEL: 'warn',
    },
    detached: true,
    stdio: 'ignore',
  });
  const info = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' };
  await waitFor(`http://127.0.0.1:${port}/api/v1`, { init: info });
});

test.afterAll(() => {
  if (backend) stopGroup(backend);
  if (work) rmSync(work, { recursive: true, force: true });
  if (photos) rmSync(photos, { recursive: true, force: true });
});

test('an article in both languages with a WhatsApp photo, written in the editor, passes the check', async ({
  page,
}) => {
  const admin = (hash = '') => `/admin/?local-backend=${port}${hash}`;
  await page.goto(admin());
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('link', { name: /Жаңалықтар · Новости/ }).first()).toBeVisible();

  await page.goto(admin('#/collections/news/new'));
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
  expect(existsSync(join(work, 'content/news', ADDRESS))).toBe(false);

  await field('Суретте не бар').fill('Кездесуге келген тұрғындар');
  await field('Суретте не бар', 1).fill('Жители, пришедшие на встречу');
  await field('Авторы').fill('Сурет: баспасөз қызметі');
  await field('Авторы', 1).fill('Фото: пресс-служба');
  await publish();

  // Written where the guide says: the article's folder, a file per language, the photo beside them.
  const folder = join(work, 'content/news', ADDRESS);
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
  await page.goto(admin(`#/collections/news/entries/${FOUNDING}/index`));
  const ruTitle = field('Тақырыбы', 1);
  await expect(ruTitle).toHaveValue(/^В Кызылорде создана региональная коалиция/);
  await ruTitle.fill(`${await ruTitle.inputValue()} (редактор)`);
  await publish();
  await expect
    .poll(() => readFileSync(join(work, 'content/news', FOUNDING, 'index.ru.md'), 'utf8'))
    .toContain('(редактор)');
  // A published entry links to its page on the site.
  await expect(page.getByRole('link', { name: /Просмотр/ })).toHaveAttribute('href', `/kk/news/${FOUNDING}`);

  // The check the pipeline runs, on everything the editor wrote.
  const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];
  const check = await run(
    'npx',
    [...tsx, 'scripts/content-check.ts', '--content', join(work, 'content'), '--public', 'public'],
    {
      env: { ...process.env, SITE_TODAY: fixtureSite.today },
    },
  );
  expect(check.stdout).toMatch(/^Мазмұн дұрыс/m);
});
