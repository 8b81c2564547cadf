// The pictures of content/README.md's web-editor guide, taken from the real editor: `npm run build`,
// then `npm run guide:screenshots`. It serves the build on port 3005, starts the editor's local
// backend in its git mode (which keeps the review's steps) on a throwaway git copy of content/, and
// walks the press office's path: an article in both languages with a photo sent over WhatsApp.
// Writes public/admin/guide/*.png; content/ is not touched.
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
const photos = mkdtempSync(join(tmpdir(), 'guide-photos-'));
const whatsapp = join(photos, 'WhatsApp Image 2026-03-20 at 10.15.02.jpeg');

cpSync('content', join(repo, 'content'), { recursive: true });
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
  spawn('node', ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  }),
];
const stop = () => {
  for (const child of children) stopGroup(child);
  rmSync(repo, { recursive: true, force: true });
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
  await page.locator('input[type="date"]').first().fill('2026-03-20');
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

  await page.getByTitle('Переключиться на предварительный просмотр').click();
  await page.frameLocator('iframe').first().locator('h1').waitFor();
  await page
    .locator('[data-slate-editor="true"]')
    .first()
    .evaluate((el) => el.closest('div')?.scrollIntoView());
  await page.mouse.move(900, 400);
  await page.mouse.wheel(0, -2000);
  await shot(page, '07-preview');

  await page.getByRole('button', { name: 'Сохранить' }).click();
  // (Decap's Russian writes "Статус" with a Latin C.)
  const status = page.getByRole('button', { name: /татус:/ });
  await status.waitFor();
  await status.click();
  await shot(page, '08-status');
  await page.getByText('На рассмотрении').first().click();
  await page.goto(`${base}/admin#/workflow`);
  await page.getByText('Аудандағы кездесу').first().waitFor();
  await shot(page, '09-workflow');
  await browser.close();
} finally {
  stop();
}
