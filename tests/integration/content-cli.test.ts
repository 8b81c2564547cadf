import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '@/lib/content-check/check-content';
import { formatFileProblem } from '@/lib/content-check/messages';
import { readPhotoMetadata } from '@/lib/photos/metadata';
import { fixtureSite } from '../fixture-site';
import { makePhonePhoto } from '../fixtures/photos';

const run = promisify(execFile);
const FIXTURES = 'tests/fixtures/bad-content';
const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];

async function cli(script: string, args: string[]) {
  try {
    const { stdout, stderr } = await run('npx', [...tsx, script, ...args], { encoding: 'utf8' });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('the content:check command', () => {
  it('lists every problem in one run, in both languages, and exits 1', async () => {
    const { code, out } = await cli('scripts/content-check.ts', [
      '--content',
      `${FIXTURES}/content`,
      '--public',
      `${FIXTURES}/public`,
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^\d+ қате(, \d+ ескерту)? \(\d+ файлда\)\./m);
    expect(out).toMatch(/^\d+ ошиб(ка|ки|ок)(, \d+ предупрежден(ие|ия|ий))? \(файлов: \d+\)\./m);
    expect(out.match(/^content\/\S+:\d+(:\d+)?$/gm)?.length).toBeGreaterThanOrEqual(25);
    expect(out).not.toMatch(/SourceFetchDataError|at .+\.ts:\d+/);
  });

  it('with --annotations, also writes each problem as a workflow command for the pull request', async () => {
    const { code, out } = await cli('scripts/content-check.ts', [
      '--content',
      `${FIXTURES}/content`,
      '--public',
      `${FIXTURES}/public`,
      '--annotations',
    ]);
    expect(code).toBe(1);
    const commands = out.match(/^::(error|warning) file=content\/[^,]+,line=\d+(,col=\d+)?::.+$/gm) ?? [];
    expect(commands.length).toBeGreaterThanOrEqual(25);
    // One line each: the Kazakh message, then the Russian one after an escaped line break.
    expect(commands).toContainEqual(
      expect.stringMatching(/^::error file=content\/news\/missing-field\/index\.kk\.md,line=2::Қате: .+%0AОшибка: .+$/),
    );
  });

  it('passes the real content', async () => {
    const { code, out } = await cli('scripts/content-check.ts', []);
    expect(out).toMatch(/^Мазмұн дұрыс/m);
    expect(out).toMatch(/^Содержимое в порядке/m);
    expect(code).toBe(0);
  });
});

describe('a photo that still holds where it was taken', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops content:check, which names the command that removes it without encoding it again', async () => {
    cpSync(fixtureSite.contentDir, dir, { recursive: true });
    const photo = join(dir, 'news/fotoreportazh/hall.jpg');
    writeFileSync(photo, await makePhonePhoto(1200, 900, 41, { gps: true }));
    const before = readFileSync(photo).length;
    const args = ['--content', dir, '--public', 'public'];
    const refused = await cli('scripts/content-check.ts', args);
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('hall.jpg:1');
    expect(refused.out).toContain('координаттары (GPS) сақталған');
    expect(refused.out).toContain('записаны координаты места съёмки (GPS)');
    expect(refused.out).toContain(`npm run photos:clean -- "${relative(process.cwd(), photo)}"`);

    const clean = await cli('scripts/photos-clean.ts', [relative(process.cwd(), photo)]);
    expect(clean.out).toContain('Очищено фото: 1');
    expect(readFileSync(photo).length).toBe(before);
    expect(readPhotoMetadata(readFileSync(photo))).toEqual({ gps: false, camera: false });
    const passed = await cli('scripts/content-check.ts', args);
    expect(passed.out).toMatch(/^Мазмұн дұрыс/m);
    expect(passed.code).toBe(0);
  });
});

describe('npm run new:article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const texts = [
    '--title-kk',
    'Жаңа мақала',
    '--title-ru',
    'Новая статья',
    '--summary-kk',
    'Қысқаша',
    '--summary-ru',
    'Кратко',
  ];

  it('writes both translations as drafts that pass the check, with comments in each file’s language', async () => {
    cpSync('content', dir, { recursive: true });
    const made = await cli('scripts/new-article.ts', [
      '--content',
      dir,
      '--slug',
      'jana-makala',
      '--date',
      '2026-03-01',
      ...texts,
    ]);
    expect(made.code).toBe(0);
    const { problems, content } = await checkContentDir(dir, 'public');
    expect(problems.map(formatFileProblem)).toEqual([]);
    expect(content?.news.filter((a) => a.slug === 'jana-makala').map((a) => [a.locale, a.title, a.draft])).toEqual([
      ['kk', 'Жаңа мақала', true],
      ['ru', 'Новая статья', true],
    ]);
    expect(readFileSync(join(dir, 'news/jana-makala/index.kk.md'), 'utf8')).toContain('# Тақырыбы.\ntitle:');
    expect(readFileSync(join(dir, 'news/jana-makala/index.ru.md'), 'utf8')).toContain('# Заголовок.\ntitle:');
  });

  it('takes today as the date when none is given and nobody can be asked', async () => {
    const made = await cli('scripts/new-article.ts', ['--content', dir, '--slug', 'bugin', ...texts]);
    expect(made.code).toBe(0);
    expect(readFileSync(join(dir, 'news/bugin/index.kk.md'), 'utf8')).toMatch(/^date: \d{4}-\d{2}-\d{2}$/m);
  });

  it('without a terminal, says in both languages how to run it instead of failing with a stack trace', async () => {
    const { code, out } = await cli('scripts/new-article.ts', ['--content', dir, '--slug', 'x']);
    expect(code).toBe(2);
    expect(out).toContain('Терминалсыз былай іске қосыңыз');
    expect(out).toContain('Без терминала запускайте так');
    expect(out).toContain('npm run new:article -- --slug');
    expect(out).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('refuses an existing slug or a bad date, in both languages', async () => {
    const existing = await cli('scripts/new-article.ts', [
      '--content',
      'content',
      '--slug',
      'qyzylordada-koalitsiya-quryldy',
      ...texts,
    ]);
    expect(existing.out).toContain('бұрыннан бар');
    expect(existing.out).toContain('уже есть');
    const badDate = await cli('scripts/new-article.ts', [
      '--content',
      dir,
      '--slug',
      'y',
      '--date',
      '13.02.2026',
      ...texts,
    ]);
    expect(badDate.out).toContain('2026-03-01 түрінде');
    expect(badDate.out).toContain('Напишите дату как 2026-03-01');
  });
});
