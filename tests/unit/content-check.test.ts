import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, formatFileProblem } from '@/lib/authoring/check-content';

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
  const lines = problems.map(formatFileProblem);

  it.each([
    ['missing field', 'content/news/missing-field/kk.md:2: summary: missing required field'],
    ['extra field', 'content/news/extra-field/kk.md:5: unknown field "author"'],
    ['wrong type', 'content/news/wrong-type/kk.md:5: people: wrong type (неверный тип): expected a list'],
    ['invalid date', 'content/news/bad-date/kk.md:3: date: must be a date'],
    ['unknown enum value', 'content/events/bad-enum.yaml:9: status: must be one of: planned, held'],
    ['missing translation', 'content/news/no-translation/kk.md:2: translationPending: no ru.md beside it'],
    ['duplicate slug', 'content/news/dup-slug:1: duplicate slug'],
    ['unknown person', 'content/news/unknown-ref/kk.md:7: people[1]: unknown person "nobody"'],
    [
      'unknown paragraph',
      'content/figures/bad-paragraph.yaml:9: source.paragraph: content/news/good/kk.md has no paragraph 99',
    ],
    ['broken internal link', 'content/news/broken-link/kk.md:8: broken link (битая ссылка): no page at /kk/news/nope'],
    [
      'broken paragraph link',
      'content/news/broken-link/kk.md:8: broken link (битая ссылка): /kk/news/good has no paragraph 9',
    ],
    ['relative link', 'content/news/broken-link/kk.md:10: link "../good/kk.md" is relative'],
    ['missing image', 'content/news/missing-image/kk.md:8: missing image'],
    ['image without alt text', 'content/news/image-no-alt/kk.md:10: image without alt text'],
    ['image without credit', 'content/news/image-no-alt/kk.md:10: image without a credit line'],
    [
      'mixed scripts',
      'content/news/mixed-script/kk.md:8:10: "rоалиция" mixes Latin and Cyrillic letters (смешение латиницы и кириллицы: "r"); did you mean "коалиция"?',
    ],
    ['malformed YAML', 'content/news/bad-yaml/kk.md:2: malformed YAML'],
    ['no frontmatter', 'content/news/no-frontmatter/kk.md:1: no frontmatter'],
    ['dangerous raw HTML', 'content/news/raw-html/kk.md:10: raw HTML that is removed from the page'],
  ])('reports %s with file and line', (_name, expected) => {
    const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${escaped}`)));
  });

  it('reports nothing about the valid fixture files', () => {
    expect(
      lines.filter((l) => /^content\/(news\/good\/|parties\/|people\/|coalition\/|figures\/members)/.test(l)),
    ).toEqual([]);
  });
});

describe('the content:check command', () => {
  it('lists every problem in one run and exits 1', async () => {
    const { code, out } = await cli('scripts/content-check.ts', [
      '--content',
      `${FIXTURES}/content`,
      '--public',
      `${FIXTURES}/public`,
    ]);
    expect(code).toBe(1);
    expect(out).toMatch(/^\d+ problems in 1\d files\./m);
    expect(out.match(/^content\/\S+:\d+(:\d+)?: /gm)?.length).toBeGreaterThanOrEqual(19);
  });

  it('passes the real content', async () => {
    const { code, out } = await cli('scripts/content-check.ts', []);
    expect(out).toContain('Content OK: 2 article files');
    expect(code).toBe(0);
  });
});

describe('npm run new:article', () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes both translations as drafts that pass the check', async () => {
    cpSync('content', dir, { recursive: true });
    const args = ['--content', dir, '--slug', 'jana-makala', '--date', '2026-03-01'];
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
    const made = await cli('scripts/new-article.ts', [...args, ...texts]);
    expect(made.code).toBe(0);
    const { problems, content } = await checkContentDir(dir, 'public');
    expect(problems.map(formatFileProblem)).toEqual([]);
    expect(content?.articles.filter((a) => a.slug === 'jana-makala').map((a) => [a.locale, a.title, a.draft])).toEqual([
      ['kk', 'Жаңа мақала', true],
      ['ru', 'Новая статья', true],
    ]);
  });

  it('refuses an existing slug or a bad date', async () => {
    const texts = ['--title-kk', 'a', '--title-ru', 'b', '--summary-kk', 'c', '--summary-ru', 'd'];
    expect(
      (
        await cli('scripts/new-article.ts', [
          '--content',
          'content',
          '--slug',
          'qyzylordada-koalitsiya-quryldy',
          ...texts,
        ])
      ).out,
    ).toContain('already exists');
    expect(
      (await cli('scripts/new-article.ts', ['--content', dir, '--slug', 'x', '--date', '13.02.2026', ...texts])).out,
    ).toContain('YYYY-MM-DD');
  });
});
