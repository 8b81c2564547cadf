import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, run } from '../project-copy';

/*
 * The proof of README's "Adding a kind of content": in a copy of the project, a throwaway kind
 * ("statements": a title, a date, a person, a text) is one declaration, one line in the list of kinds,
 * one route and its page, and then it is in the sitemap, search, the editor's configuration and
 * content:check's messages. Leaving out its route or its page fails the type check or a test that
 * names what is missing.
 */

const declaration = `import { z } from 'zod';
import { day, localized, ref, type Localized } from '../fields';
import { defineKind, withoutSource, yamlFiles } from '../kind';

export type Statement = { id: string; title: Localized; date: string; person: string; text: Localized };

export const statements = defineKind({
  key: 'statements',
  name: 'Statement',
  label: { one: { kk: 'Мәлімдеме', ru: 'Заявление' }, many: { kk: 'Мәлімдемелер', ru: 'Заявления' } },
  ...yamlFiles('statements'),
  fields: z.strictObject({
    title: localized({ label: { kk: 'Тақырыбы', ru: 'Заголовок' } }),
    date: day({ label: { kk: 'Күні', ru: 'Дата' } }),
    person: ref('people', { label: { kk: 'Кім айтты', ru: 'Кто сказал' } }),
    text: localized({ label: { kk: 'Мәтіні', ru: 'Текст' } }, { long: true }),
  }),
  entry: (doc): Statement => withoutSource(doc),
  sort: (a, b) => b.date.localeCompare(a.date),
  page: { route: '/statements/[id]', params: (s) => ({ id: s.id }) },
  search: (s, locale) => ({ title: s.title[locale], passages: [s.text[locale]], date: s.date }),
  editor: { summary: '{{title.kk}}' },
});

declare module '../kind' {
  interface Entries {
    statements: Statement;
  }
}
`;

const page = `import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { Page } from '@/components/Page';
import { getSiteContent } from '@/lib/content/queries';
import { path } from '@/lib/site/routes';

export function generateStaticParams() {
  return getSiteContent().statements.map(({ id }) => ({ id }));
}

export default async function StatementPage({ params }: PageProps<'/[locale]/statements/[id]'>) {
  const { id } = await params;
  const statement = getSiteContent().statements.find((s) => s.id === id);
  if (!statement) notFound();
  const locale = await getLocale();
  return (
    <Page href={path('/statements/[id]', { id })}>
      <h1>{statement.title[locale]}</h1>
      <p>{statement.text[locale]}</p>
    </Page>
  );
}
`;

const entry = `title:
  kk: Жандос Базартайдың мәлімдемесі
  ru: Заявление Жандоса Базартая
date: 2026-02-13
person: zhandos-bazartai
text:
  kk: Сынақ мәтіні.
  ru: Тестовый текст.
`;

// What the copy reports about its content, through the same modules the site and the editor use.
const probe = `import { decapConfig } from '@/lib/cms/decap-config';
import { checkContentDir } from '@/lib/content-check/check-content';
import { readContent } from '@/lib/content/read';
import { buildSiteContent } from '@/lib/content/validate';
import { searchDocuments } from '@/lib/search/documents';
import { sitemapPages } from '@/lib/site/addresses';

const content = buildSiteContent((await readContent('content')).raw);
const collection = (decapConfig().collections as { name: string; fields?: { name: string; label: string }[] }[]).find((c) => c.name === 'statements');
const { problems } = await checkContentDir('broken', 'public');
console.log(JSON.stringify({
  sitemap: sitemapPages(content).filter((p) => p.href.startsWith('/statements/')),
  search: searchDocuments(content).filter((d) => d.kind === 'statements').map((d) => d.id),
  editor: collection && { folder: (collection as { folder?: string }).folder, fields: collection.fields?.map((f) => f.label) },
  problems: problems.filter((p) => p.file.startsWith('content/statements/')).map((p) => ({ line: p.line, field: p.field, ru: p.message.ru })),
}));
`;

let copy = '';
const tsx = ['tsx', '--tsconfig', 'tsconfig.scripts.json', '--conditions=react-server'];
const write = (file: string, text: string) => {
  mkdirSync(join(copy, file, '..'), { recursive: true });
  writeFileSync(join(copy, file), text);
};
const edit = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(join(copy, file), 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: nothing to change`);
  writeFileSync(join(copy, file), next);
};
async function attempt(command: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: copy, maxBuffer: 32 * 2 ** 20 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

beforeAll(async () => {
  copy = await copyProject('new-kind');
  // The kind: its declaration, its line in the list, its route, its page; then an entry.
  write('lib/content/kinds/statements.ts', declaration);
  edit(
    'lib/content/kinds/index.ts',
    "import { people } from './people';",
    "import { people } from './people';\nimport { statements } from './statements';",
  );
  edit('lib/content/kinds/index.ts', /\n\} satisfies/, '\n  statements,\n} satisfies');
  edit(
    'lib/site/routes.ts',
    "  '/page-not-found':",
    "  '/statements/[id]': { page: 'statement' },\n  '/page-not-found':",
  );
  write('app/[locale]/statements/[id]/page.tsx', page);
  write('content/statements/bazartai.yaml', entry);
  // A copy of the content with a broken statement, for the messages.
  await run('cp', ['-r', join(copy, 'content'), join(copy, 'broken')]);
  write(
    'broken/statements/bazartai.yaml',
    entry
      .replace('person: zhandos-bazartai', 'person: zhandos-bazartai\nauthor: x')
      .replace('2026-02-13', '2026-13-02'),
  );
  write('broken/statements/nobody.yaml', entry.replace('person: zhandos-bazartai', 'person: nobody'));
  write('probe.ts', probe);
  // The type check of the declarations and what reads them (the whole site's also needs a build's
  // generated files: the build runs that one).
  write(
    'tsconfig.kinds.json',
    JSON.stringify({
      extends: './tsconfig.json',
      include: [
        'global.d.ts',
        'lib/content/kinds/**/*.ts',
        'lib/site/**/*.ts',
        'lib/search/documents.ts',
        'lib/cms/decap-config.ts',
      ],
    }),
  );
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a new kind of content', () => {
  it('is in the sitemap, search, the editor and content:check once declared', async () => {
    const { stdout } = await run('npx', [...tsx, 'probe.ts'], { cwd: copy, maxBuffer: 32 * 2 ** 20 });
    const found = JSON.parse(stdout.trim().split('\n').at(-1)!) as {
      sitemap: { href: string; locales: string[] }[];
      search: string[];
      editor: { folder: string; fields: string[] };
      problems: { line: number; field: string; ru: string }[];
    };
    expect(found.sitemap).toEqual([{ route: '/statements/[id]', href: '/statements/bazartai', locales: ['kk', 'ru'] }]);
    expect(found.search).toEqual(['statements/kk/bazartai', 'statements/ru/bazartai']);
    expect(found.editor).toEqual({
      folder: 'content/statements',
      fields: ['Тақырыбы · Заголовок *', 'Күні · Дата *', 'Кім айтты · Кто сказал *', 'Мәтіні · Текст *'],
    });
    expect(found.problems).toEqual(
      expect.arrayContaining([
        {
          line: 4,
          field: 'date',
          ru: '«2026-13-02»: месяца 13 не бывает, месяц — среднее число, от 01 до 12 (дата пишется как 2026-03-05 (год-месяц-день), со временем: 2026-03-05 18:30)',
        },
        { line: 6, field: 'author', ru: 'такого поля нет: проверьте написание или удалите строку' },
        { line: 5, field: 'person', ru: expect.stringContaining('Участники: нет «nobody» (в content/people/ есть:') },
      ]),
    );
  });

  it('type-checks as declared', async () => {
    const result = await attempt('npx', ['tsc', '--noEmit', '-p', 'tsconfig.kinds.json']);
    expect(result.out).toBe('');
    expect(result.code).toBe(0);
  });

  it('fails the type check, naming the route, when its route is left out', async () => {
    edit('lib/site/routes.ts', "  '/statements/[id]': { page: 'statement' },\n", '');
    const result = await attempt('npx', ['tsc', '--noEmit', '-p', 'tsconfig.kinds.json']);
    edit(
      'lib/site/routes.ts',
      "  '/page-not-found':",
      "  '/statements/[id]': { page: 'statement' },\n  '/page-not-found':",
    );
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(
      /lib\/content\/kinds\/statements\.ts\(\d+,\d+\): error TS\d+: Type '"\/statements\/\[id\]"' is not assignable/,
    );
  });

  it('fails the type check when it is declared but not in the list of kinds', async () => {
    edit('lib/content/kinds/index.ts', '\n  statements,\n} satisfies', '\n} satisfies');
    const result = await attempt('npx', ['tsc', '--noEmit', '-p', 'tsconfig.kinds.json']);
    edit('lib/content/kinds/index.ts', /\n\} satisfies/, '\n  statements,\n} satisfies');
    expect(result.code).not.toBe(0);
    expect(result.out).toMatch(/lib\/content\/kinds\/index\.ts.*statements/);
  });

  it('fails the route test, naming the page, when its page is left out', async () => {
    rmSync(join(copy, 'app/[locale]/statements'), { recursive: true });
    const result = await attempt('npx', ['vitest', 'run', 'tests/unit/routes.test.ts']);
    expect(result.code).not.toBe(0);
    expect(result.out).toContain('route /statements/[id] has no page: app/[locale]/statements/[id]/page.tsx');
  });
});
