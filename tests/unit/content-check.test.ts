import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '@/lib/authoring/check-content';
import { formatFileProblem } from '@/lib/authoring/messages';

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

describe('content:check on the bad fixtures', async () => {
  const { problems } = await checkContentDir(`${FIXTURES}/content`, `${FIXTURES}/public`);
  const at = (where: string) => problems.filter((p) => `${p.file}:${p.line}` === where);

  // Each: the place, then words of the Kazakh and of the Russian message.
  it.each([
    ['missing field', 'content/news/missing-field/index.kk.md:2', 'өріс міндетті', 'поле обязательно'],
    ['unknown field', 'content/news/extra-field/index.kk.md:5', 'мұндай өріс жоқ', 'такого поля нет'],
    ['wrong type', 'content/news/wrong-type/index.kk.md:5', 'тізім болуы керек', 'должен быть список'],
    [
      'a day the month does not have',
      'content/news/bad-date/index.kk.md:3',
      'бұл айда 28 күн бар, 30-күн жоқ',
      'в этом месяце 28 дней, 30-го числа нет',
    ],
    ['unknown value of a closed list', 'content/events/bad-enum.yaml:10', 'мәндердің бірі', 'одним из значений'],
    [
      'missing translation',
      'content/news/no-translation/index.kk.md:2',
      'index.ru.md аудармасы жоқ',
      'нет перевода index.ru.md',
    ],
    ['duplicate slug', 'content/news/dup-slug:1', 'бір мекенжай болар еді', 'дали бы один адрес'],
    [
      'unknown person',
      'content/news/unknown-ref/index.kk.md:7',
      'Қатысушылар: «nobody» жоқ',
      'Участники: нет «nobody»',
    ],
    ['unknown paragraph', 'content/figures/bad-paragraph.yaml:9', '99-абзац жоқ', 'нет абзаца 99'],
    [
      'broken internal link',
      'content/news/broken-link/index.kk.md:8',
      '/kk/news/nope беті жоқ',
      'нет страницы /kk/news/nope',
    ],
    ['broken paragraph link', 'content/news/broken-link/index.kk.md:8', '9-абзац жоқ', 'нет абзаца 9'],
    ['relative link', 'content/news/broken-link/index.kk.md:10', 'түбірінен жазылмаған', 'от корня сайта'],
    ['missing photo', 'content/news/missing-image/index.kk.md:8', 'сурет файлы жоқ', 'нет файла фото'],
    [
      'photo without alt text',
      'content/news/image-no-alt/index.kk.md:10',
      'не бар екені жазылмаған',
      'не описано, что на фото',
    ],
    ['photo without credit', 'content/news/image-no-alt/index.kk.md:10', 'авторы жазылмаған', 'не указан автор фото'],
    ['not a photo', 'content/news/image-no-alt/index.kk.md:10', 'фото емес', 'не фото'],
    ['mixed scripts', 'content/news/mixed-script/index.kk.md:8', '«коалиция» деп жазыңыз', 'напишите «коалиция»'],
    [
      'unclosed quote, at its line',
      'content/news/bad-yaml/index.kk.md:2',
      '2-жолдағы тырнақша жабылмаған',
      'кавычка в строке 2 не закрыта',
    ],
    ['colon inside text', 'content/news/yaml-colon/index.kk.md:4', 'қос нүкте', 'двоеточие'],
    ['bad indentation, at the line that has it', 'content/news/yaml-indent/index.kk.md:5', 'шегінісі', 'отступ строки'],
    ['tab as indentation', 'content/news/yaml-tab/index.kk.md:6', 'Tab', 'табуляция'],
    [
      'field written twice',
      'content/news/yaml-duplicate/index.kk.md:4',
      '«title» өрісі екі рет',
      'поле «title» написано дважды',
    ],
    [
      'no frontmatter',
      'content/news/no-frontmatter/index.kk.md:1',
      '«---» жолынан басталуы керек',
      'начинаться со строки «---»',
    ],
    ['dangerous raw HTML', 'content/news/raw-html/index.kk.md:10', 'HTML беттен өшіріледі', 'HTML будет удалён'],
    [
      'a photo line markdown cannot read',
      'content/news/photo-spaces/index.kk.md:14',
      '«![…](…)» күйінде шығады',
      'как «![…](…)»',
    ],
  ])('reports %s, in Kazakh and Russian, at its line', (_name, where, kk, ru) => {
    expect(at(where).map((p) => p.message)).toContainEqual({
      kk: expect.stringContaining(kk),
      ru: expect.stringContaining(ru),
    });
  });

  it('names fields as the author writes them, not in programmer notation', () => {
    expect(formatFileProblem(at('content/news/unknown-ref/index.kk.md:7')[0]!)).toContain('people, 2-тармақ');
    expect(formatFileProblem(at('content/news/unknown-ref/index.kk.md:7')[0]!)).toContain('people, пункт 2');
  });

  it('reads a photo whose file name has spaces, as WhatsApp names it', () => {
    expect(at('content/news/photo-spaces/index.kk.md:10').map((p) => p.message.ru)).toEqual([
      expect.stringContaining('WhatsApp Image 2026-03-01 at 10.15.32.jpeg'),
    ]);
  });

  it('reports nothing that follows from a file it could not read', () => {
    expect(problems.filter((p) => p.file === 'content/news/yaml-sibling/index.ru.md')).toEqual([]);
    expect(problems.filter((p) => p.file === 'content/news/bad-yaml/index.kk.md')).toHaveLength(1);
  });

  it('reports nothing about the valid fixture files', () => {
    expect(
      problems
        .map((p) => p.file)
        .filter((f) => /^content\/(news\/good\/|parties\/|people\/|coalition\/|figures\/members)/.test(f)),
    ).toEqual([]);
  });
});

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
