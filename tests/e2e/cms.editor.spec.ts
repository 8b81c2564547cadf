import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { stopGroup, waitFor } from '../../lib/deploy/processes';
import { readPhotoMetadata } from '../../lib/photos/metadata';
import { fixtureSite } from '../fixture-site';
import { makePhonePhoto } from '../fixtures/photos';
import { freePorts } from '../ports';
import { run } from '../project-copy';
import { FOUNDING, PHOTO_ARTICLE } from './fixtures';

/*
 * The press office's path through the web editor (content/README.md), in local mode: the editor of the
 * fixture build's /admin, its local backend (on a free port) writing into a copy of the fixture's
 * content. Every collection, and every kind of field: an article in both languages with a photo
 * straight from a phone's camera, an event with its drop-downs, a date typed wrong and a day that has
 * passed, a person's party and roles, a party, a territory, a figure and the coalition; then the
 * check the pipeline runs passes on everything the editor wrote, and no photo holds a position.
 */

const ADDRESS = 'redaktor-arqyly';
let work = '';
let photos = '';
let port = 0;
let backend: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 240_000 });

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'editor-'));
  cpSync(fixtureSite.contentDir, join(work, 'content'), { recursive: true });
  mkdirSync(join(work, 'public/images'), { recursive: true });
  photos = mkdtempSync(join(tmpdir(), 'camera-'));
  // Straight from a phone's camera: lying on its side with its EXIF, where it was taken, spaces in the name.
  writeFileSync(join(photos, 'IMG 2026-03-20 10.15.02.jpeg'), await makePhonePhoto(1500, 2000, 31, { gps: true }));
  writeFileSync(join(photos, 'zal.jpg'), await makePhonePhoto(1600, 1200, 32, { gps: true }));
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

/** The editor's controls, by the words the press office sees. */
function editor(page: Page) {
  const field = (label: string, nth = 0) => page.getByLabel(label, { exact: false }).nth(nth);
  return {
    field,
    open: async (hash: string) => {
      await page.goto('about:blank');
      await page.goto(`/admin/?local-backend=${port}#${hash}`);
      // The editor (6 MB of script) loads the entry from its local backend: slower than a page when the
      // machine's two cores are busy with the rest of the suite.
      await expect(page.getByRole('link', { name: /^←/ })).toBeVisible({ timeout: 20_000 });
    },
    /** A drop-down (a closed list, an entry of another kind): opened, and the option with these words taken. */
    choose: async (label: string, option: RegExp, nth = 0) => {
      await field(label, nth).click();
      await page.getByRole('option', { name: option }).first().click();
      await expect(page.getByRole('option')).toHaveCount(0);
    },
    /** A photo uploaded from this computer through the media library. */
    upload: async (file: string) => {
      await page
        .getByRole('button', { name: /Выберите изображение/ })
        .first()
        .click();
      await page.locator('input[type="file"]').setInputFiles(file);
      await page
        .getByRole('button', { name: /Выбрать/ })
        .first()
        .click();
      await expect(page.locator('img[src^="blob:"]').first()).toBeVisible();
    },
    publish: async () => {
      await page.getByRole('button', { name: 'Опубликовать' }).click();
      await page.getByText('Опубликовать сейчас').click();
    },
    /** Saved: the editor says so, and the file has it. */
    saved: async (file: string, text: RegExp) => {
      await expect(page.getByText('Сақталды · Сохранено').last()).toBeVisible();
      await expect.poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : '')).toMatch(text);
    },
  };
}

test('every collection and kind of field, written in the editor, passes the check', async ({ page }) => {
  const { field, open, choose, upload, publish, saved } = editor(page);
  await page.goto(`/admin/?local-backend=${port}`);
  await page.getByRole('button', { name: 'Войти' }).click();
  await expect(page.getByRole('link', { name: /Жаңалықтар · Новости/ }).first()).toBeVisible();
  // The top bar names the site, not a bare "/".
  await expect(page.getByRole('link', { name: /^localhost:\d+$/ })).toHaveAttribute('href', /^http:\/\/localhost:\d+$/);

  await test.step('an article in both languages, with a photo from a phone', async () => {
    await open('/collections/news/new');
    // The two languages side by side: Kazakh on the left, Russian on the right.
    await field('Тақырыбы').fill('Редактор арқылы жазылған мақала');
    await field('Тақырыбы', 1).fill('Статья, написанная в редакторе');
    // Typed as the guide writes it: a year is a year.
    // One key at a time with a pause, as a person types: the field reformats after each (a busy machine raced it).
    await field('Күні').pressSequentially('2026-03-20', { delay: 40 });
    await expect(field('Күні')).toHaveValue('2026-03-20');
    await field('Қысқаша').fill('Баспасөз қызметі мақаланы сайттың редакторында жазды.');
    await field('Қысқаша', 1).fill('Пресс-служба написала статью в редакторе сайта.');
    await upload(join(photos, 'IMG 2026-03-20 10.15.02.jpeg'));
    await choose('Мақалада аталған қатысушылар', /Бауыржан Сандыбаев/);
    const bodies = page.locator('[data-slate-editor="true"]');
    await bodies.first().click();
    await page.keyboard.type('Баспасөз қызметі бұл мақаланы сайттың редакторында жазды.');
    await bodies.nth(1).click();
    await page.keyboard.type('Пресс-служба написала эту статью в редакторе сайта.');

    // Without an address, and with a photo but no description or credit, nothing is saved; each
    // message stands at its field, in both languages.
    await publish();
    await expect(page.getByText('Сақталмады: қызылмен белгіленген өрістерді толтырыңыз')).toBeVisible();
    await expect(page.getByText(/Толтырыңыз: Мекенжайы \(латынша\)/).first()).toBeVisible();
    await expect(page.getByText(/Толтырыңыз: Суретте не бар · Что на фото/).first()).toBeVisible();
    await expect(page.getByText(/Толтырыңыз: Авторы · Автор/).first()).toBeVisible();
    expect(existsSync(join(work, 'content/news', ADDRESS))).toBe(false);

    await field('Мекенжайы').fill(ADDRESS);
    await field('Суретте не бар').fill('Кездесуге келген тұрғындар');
    await field('Суретте не бар', 1).fill('Жители, пришедшие на встречу');
    await field('Авторы').fill('Сурет: баспасөз қызметі');
    await field('Авторы', 1).fill('Фото: пресс-служба');
    await publish();
    const folder = join(work, 'content/news', ADDRESS);
    await saved(join(folder, 'index.ru.md'), /^title: Статья, написанная в редакторе$/m);
    const kk = readFileSync(join(folder, 'index.kk.md'), 'utf8');
    expect(kk).toMatch(/^date: 2026-03-20$/m);
    expect(kk).toMatch(/^people:\n {2}- bauyrzhan-sandybaev$/m);
    const photo = /^ {2}src: (.+)$/m.exec(kk)?.[1]?.replace(/^['"]|['"]$/g, '');
    expect(photo, 'the lead photo is named in the Kazakh file').toBeTruthy();
    expect(readPhotoMetadata(readFileSync(join(folder, photo!))), 'cleaned before upload').toEqual({
      gps: false,
      camera: false,
    });
  });

  await test.step('an article written before the editor is edited and saved as it is', async () => {
    await open(`/collections/news/entries/${FOUNDING}/index`);
    const ruTitle = field('Тақырыбы', 1);
    await expect(ruTitle).toHaveValue(/^В Кызылорде создана региональная коалиция/);
    await ruTitle.fill(`${await ruTitle.inputValue()} (редактор)`);
    await publish();
    await saved(join(work, 'content/news', FOUNDING, 'index.ru.md'), /\(редактор\)/);
    await expect(page.getByRole('link', { name: /Сайтта қарау/ })).toHaveAttribute('href', `/kk/news/${FOUNDING}`);
  });

  await test.step('an event: a date typed wrong, a day that has passed, drop-downs and a photo', async () => {
    await open('/collections/events/new');
    await field('Қазақша').fill('Аудандағы кездесу');
    await field('Русский').fill('Встреча в районе');
    await field('Басталуы').fill('2026-13-01');
    await field('Қазақша', 1).fill('Мәдениет үйі');
    await field('Русский', 1).fill('Дом культуры');
    await choose('Аумақ', /Қазалы/);
    await choose('Форматы', /Тұрғындармен кездесу/);
    await choose('Күйі', /Жоспарланған/);
    await publish();
    // The wrong part of the date, named at the field.
    await expect(page.getByText(/13-ай болмайды/)).toBeVisible();
    await expect(page.getByText(/месяца 13 не бывает/)).toBeVisible();
    await field('Басталуы').fill('2026-03-05 18:30');
    await expect(page.getByText(/13-ай болмайды/)).toBeHidden();
    // Still "planned" after its day: said before saving, in the site's words.
    const note = page.getByRole('status').filter({ hasText: 'Есеп күтілуде' });
    await expect(note).toContainText('Ожидает отчёта');
    await choose('Күйі', /Өткізілді/);
    await expect(note).toBeHidden();
    // The published articles (a new one is offered once the site is built again with it).
    await choose('Есеп мақаласы', /Сынақ фоторепортажы/);
    await page.getByRole('button', { name: /Қосу · Добавить: сурет/i }).click();
    await upload(join(photos, 'zal.jpg'));
    await field('Қазақша', 2).fill('Кездесуге келген тұрғындар');
    await field('Русский', 2).fill('Жители на встрече');
    await field('Қазақша', 3).fill('Сурет: баспасөз қызметі');
    await field('Русский', 3).fill('Фото: пресс-служба');
    await publish();
    // Named by its day and territory, as the content writes them; the article by its address.
    const file = join(work, 'content/events/2026-03-05-kazaly.yaml');
    await saved(file, /^status: held$/m);
    const event = readFileSync(file, 'utf8');
    expect(event).toMatch(/^start: 2026-03-05 18:30$/m);
    expect(event).toMatch(/^district: kazaly$/m);
    expect(event).toMatch(/^format: meeting-with-residents$/m);
    expect(event).toMatch(new RegExp(`^article: ${PHOTO_ARTICLE}$`, 'm'));
    expect(readPhotoMetadata(readFileSync(join(work, 'content/events/zal.jpg')))).toEqual({
      gps: false,
      camera: false,
    });
    // The preview names what the codes stand for.
    await expect(page.getByText('Қазалы ауданы · Казалинский район').last()).toBeVisible();
    await expect(page.getByText('kazaly', { exact: true })).toHaveCount(0);
  });

  await test.step('a person: their party from the parties, a role added; an optional group left empty', async () => {
    await open('/collections/people/entries/bauyrzhan-sandybaev');
    await choose('Партиясы', /Amanat|Аманат/i);
    await page
      .getByRole('button', { name: /Қосу · Добавить/ })
      .first()
      .click();
    await field('Қазақша', 2).fill('коалиция мүшесі');
    await field('Русский', 2).fill('член коалиции');
    await publish();
    const file = join(work, 'content/people/bauyrzhan-sandybaev.yaml');
    await saved(file, /^party: amanat$/m);
    expect(readFileSync(file, 'utf8')).toMatch(/^ {2}- kk: коалиция мүшесі$/m);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`^ {2}article: ${FOUNDING}$`, 'm'));
  });

  await test.step('a party and a territory, new; a figure and the coalition, saved again', async () => {
    await open('/collections/parties/new');
    await field('Мекенжайы').fill('jana-partiya');
    await field('Қазақша').fill('Жаңа партия');
    await field('Русский').fill('Новая партия');
    await field('Тізімдегі орны').fill('9');
    await publish();
    await saved(join(work, 'content/parties/jana-partiya.yaml'), /^order: 9$/m);

    await open('/collections/districts/new');
    await field('Мекенжайы').fill('zhana-audan');
    await field('Қазақша').fill('Жаңа аудан');
    await field('Русский').fill('Новый район');
    await field('Тізімдегі орны').fill('20');
    await publish();
    await saved(join(work, 'content/districts/zhana-audan.yaml'), /^order: 20$/m);

    const figure = readdirSync(join(work, 'content/figures'))[0]!.replace(/\.yaml$/, '');
    await open(`/collections/figures/entries/${figure}`);
    await field('Тізімдегі орны').fill('50');
    await publish();
    await saved(join(work, 'content/figures', `${figure}.yaml`), /^order: 50$/m);

    await open('/collections/coalition/entries/coalition');
    await expect(field('Құрылған күні')).toHaveValue('2026-02-13');
    await field('Қазақша').fill('Қызылорда қаласы');
    await publish();
    await saved(join(work, 'content/coalition/coalition.yaml'), /^ {2}kk: Қызылорда қаласы$/m);
    expect(readFileSync(join(work, 'content/coalition/coalition.yaml'), 'utf8')).toMatch(/^founded: 2026-02-13$/m);
  });

  // The check the pipeline runs, on everything the editor wrote.
  const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];
  const check = await run(
    'npx',
    [...tsx, 'scripts/content-check.ts', '--content', join(work, 'content'), '--public', 'public'],
    {
      env: { ...process.env, SITE_TODAY: fixtureSite.today },
    },
  ).catch((error: { stdout: string; stderr: string }) => error);
  expect(check.stderr, 'no errors, whatever the warnings').not.toMatch(/^ {2}Қате:/m);
  expect(check.stdout).toMatch(/^Мазмұн дұрыс/m);
});
