// The pictures of content/README.md's web-editor guide, taken from the real editor: `npm run build`,
// then `npm run guide:screenshots`. It serves the build on port 3005 and walks the press office's
// path twice: as on the git host (the local backend's git mode, which keeps the review's steps, on a
// throwaway git copy of content/): an article in both languages with a photo sent over WhatsApp; and
// as `npm run cms` does on this computer (its file mode, on a throwaway copy): an event, a date typed
// wrong, a day that has passed, «Опубликовать». Writes public/admin/guide/*.png; content/ is untouched.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { stopGroup, waitFor } from '../lib/deploy/processes';
import { chromiumLaunchOptions } from '../tests/chromium';
import { makePhonePhoto } from '../tests/fixtures/photos';

const PORT = 3005;
const base = `http://localhost:${PORT}`;
const out = 'public/admin/guide';
const repo = mkdtempSync(join(tmpdir(), 'guide-repo-'));
const files = mkdtempSync(join(tmpdir(), 'guide-files-'));
const photos = mkdtempSync(join(tmpdir(), 'guide-photos-'));
const whatsapp = join(photos, 'WhatsApp Image 2026-03-20 at 10.15.02.jpeg');

cpSync('content', join(repo, 'content'), { recursive: true });
cpSync('content', join(files, 'content'), { recursive: true });
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
git('init', '-q', '-b', 'main');
git('-c', 'user.name=guide', '-c', 'user.email=guide@localhost', 'commit', '-q', '--allow-empty', '-m', 'start');
git('add', '.');
git('-c', 'user.name=guide', '-c', 'user.email=guide@localhost', 'commit', '-q', '-m', 'content');
writeFileSync(whatsapp, await makePhonePhoto(1500, 2000, 31));

const children: ChildProcess[] = [
  spawn('node', ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, BIND_HOST: '127.0.0.1', PORT: '8081', MODE: 'git', GIT_REPO_DIRECTORY: repo },
    stdio: 'ignore',
    detached: true,
  }),
  spawn('node', ['node_modules/decap-server/dist/index.js'], {
    env: { ...process.env, BIND_HOST: '127.0.0.1', PORT: '8082', MODE: 'fs', GIT_REPO_DIRECTORY: files },
    stdio: 'ignore',
    detached: true,
  }),
  spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  }),
];
const stop = () => {
  for (const child of children) stopGroup(child);
  rmSync(repo, { recursive: true, force: true });
  rmSync(files, { recursive: true, force: true });
  rmSync(photos, { recursive: true, force: true });
};

async function shot(page: Page, name: string) {
  await page.waitForTimeout(600);
  const png = await page.screenshot();
  // A palette of 256 colours: a screenshot of text and flat colours loses nothing a reader sees.
  await sharp(png)
    .png({ palette: true, effort: 10 })
    .toFile(join(out, `${name}.png`));
  console.log(`${out}/${name}.png`);
}

try {
  await waitFor(`${base}/kk`);
  await waitFor('http://127.0.0.1:8081/api/v1');
  const browser = await chromium.launch(chromiumLaunchOptions);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, locale: 'ru-RU' });
  const field = (label: string, nth = 0) => page.getByLabel(label, { exact: false }).nth(nth);

  await page.goto(`${base}/admin`);
  await page.getByRole('button', { name: 'Войти' }).waitFor();
  await shot(page, '01-login');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page
    .getByRole('link', { name: /Жаңалықтар · Новости/ })
    .first()
    .waitFor();
  await shot(page, '02-collections');

  await page.goto(`${base}/admin#/collections/news/new`);
  await field('Мекенжайы').fill('audandaghy-kezdesu');
  await field('Тақырыбы').fill('Аудандағы кездесу');
  await field('Тақырыбы', 1).fill('Встреча в районе');
  await field('Күні').fill('2026-03-20');
  await field('Қысқаша').fill('Коалиция мүшелері тұрғындармен кездесті.');
  await field('Қысқаша', 1).fill('Члены коалиции встретились с жителями.');
  await shot(page, '03-new-article');

  await page.getByRole('button', { name: 'Выберите изображение' }).first().click();
  await page.locator('input[type="file"]').setInputFiles(whatsapp);
  await page
    .getByRole('button', { name: /Выбрать/ })
    .first()
    .waitFor();
  await shot(page, '04-photo-upload');
  await page
    .getByRole('button', { name: /Выбрать/ })
    .first()
    .click();
  await field('Суретте не бар').fill('Кездесуге келген тұрғындар');
  await field('Суретте не бар', 1).fill('Жители, пришедшие на встречу');
  await field('Авторы').fill('Сурет: баспасөз қызметі');
  await field('Авторы', 1).fill('Фото: пресс-служба');
  await field('Суретте не бар').scrollIntoViewIfNeeded();
  await shot(page, '05-photo-fields');

  const bodies = page.locator('[data-slate-editor="true"]');
  await bodies.first().click();
  await page.keyboard.type('Коалиция мүшелері аудан тұрғындарымен кездесіп, жоспарланған іс-шаралар туралы айтты.');
  await bodies.nth(1).click();
  await page.keyboard.type('Члены коалиции встретились с жителями района и рассказали о запланированных мероприятиях.');
  await bodies.first().scrollIntoViewIfNeeded();
  await shot(page, '06-text');

  await page.getByTitle('Алдын ала көру · Предпросмотр').click();
  await page.frameLocator('iframe').first().locator('h1').waitFor();
  await page
    .locator('[data-slate-editor="true"]')
    .first()
    .evaluate((el) => el.closest('div')?.scrollIntoView());
  await page.mouse.move(900, 400);
  await page.mouse.wheel(0, -2000);
  await shot(page, '07-preview');

  await page.getByRole('button', { name: 'Сохранить' }).click();
  const status = page.getByRole('button', { name: /Статус:/ });
  await status.waitFor();
  await status.click();
  await shot(page, '08-status');
  await page.getByText('На рассмотрении').first().click();
  await page.goto(`${base}/admin#/workflow`);
  await page.getByText('Аудандағы кездесу').first().waitFor();
  await shot(page, '09-workflow');

  // On this computer (npm run cms): the files are written at once, no review.
  const local = `${base}/admin/?local-backend=8082`;
  await page.goto('about:blank');
  await page.goto(`${local}#/collections/events/new`);
  await field('Қазақша').fill('Тұрғындармен кездесу');
  await field('Русский').fill('Встреча с жителями');
  await field('Басталуы').fill('2026-13-05 18:30');
  await field('Қазақша', 1).fill('Қазалы, мәдениет үйі');
  await field('Русский', 1).fill('Казалы, дом культуры');
  const choose = async (label: string, option: RegExp) => {
    await field(label).click();
    await page.getByRole('option', { name: option }).first().click();
  };
  await choose('Аумақ', /Қазалы/);
  await choose('Форматы', /Тұрғындармен кездесу/);
  await choose('Күйі', /Жоспарланған/);
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await page.getByText('Опубликовать сейчас').click();
  await field('Басталуы').scrollIntoViewIfNeeded();
  await shot(page, '10-date-error');
  await field('Басталуы').fill('2026-03-05 18:30');
  await page.getByRole('status').first().scrollIntoViewIfNeeded();
  await shot(page, '11-event-past');
  await choose('Күйі', /Өткізілді/);
  await page.getByRole('button', { name: 'Опубликовать' }).click();
  await shot(page, '12-local-publish');
  await page.getByText('Опубликовать сейчас').click();
  await page.getByText('Сақталды · Сохранено').waitFor();
  await shot(page, '13-local-saved');
  await browser.close();
} finally {
  stop();
}
