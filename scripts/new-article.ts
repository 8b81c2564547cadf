// npm run new:article -- --slug <slug> --date YYYY-MM-DD --title-kk "…" --title-ru "…" --summary-kk "…" --summary-ru "…"
// Writes content/news/<slug>/kk.md and ru.md as drafts, with a comment on every field. Whatever is
// not given as an argument is asked for. The files pass `npm run content:check` as written.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { slugSchema } from '@/lib/content/schema';
import { instantOf, isoDateInZone } from '@/lib/format/dates';

const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    date: { type: 'string' },
    'title-kk': { type: 'string' },
    'title-ru': { type: 'string' },
    'summary-kk': { type: 'string' },
    'summary-ru': { type: 'string' },
    content: { type: 'string', default: 'content' },
  },
});

const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

async function ask(
  name: keyof typeof values,
  question: string,
  check: (v: string) => string | undefined,
  fallback?: string,
) {
  let value = (values[name] as string | undefined)?.trim() || fallback;
  for (;;) {
    if (value !== undefined) {
      const problem = check(value);
      if (!problem) return value;
      if (!rl) throw new Error(`--${name}: ${problem}`);
      console.error(problem);
    } else if (!rl) {
      throw new Error(`--${name} is required (${question})`);
    }
    value = (await rl.question(`${question}: `)).trim();
  }
}

const nonEmpty = (v: string) => (v ? undefined : 'must not be empty (не может быть пустым)');
const today = isoDateInZone(new Date().toISOString());

const slug = await ask('slug', 'Slug — the address, e.g. koalitsiya-otyrysy (латиница, цифры, дефис)', (v) => {
  if (!slugSchema.safeParse(v).success) return 'use lowercase Latin letters, digits and hyphens';
  if (existsSync(join(values.content, 'news', v))) return `content/news/${v} already exists`;
  return undefined;
});
const date = await ask(
  'date',
  `Date, YYYY-MM-DD [${today}]`,
  (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) && instantOf(v) ? undefined : 'write the date as YYYY-MM-DD'),
  values.date ?? (rl ? undefined : today),
);
const texts = {
  kk: {
    title: await ask('title-kk', 'Тақырып (қазақша)', nonEmpty),
    summary: await ask('summary-kk', 'Қысқаша мазмұны (қазақша)', nonEmpty),
  },
  ru: {
    title: await ask('title-ru', 'Заголовок (по-русски)', nonEmpty),
    summary: await ask('summary-ru', 'Краткое содержание (по-русски)', nonEmpty),
  },
};
rl?.close();

const guide = {
  kk: {
    body: 'Мақала мәтінін осы жерге жазыңыз. Әр абзац бос жолмен бөлінеді.',
    publish: 'Жариялау үшін draft: false деп өзгертіңіз.',
  },
  ru: {
    body: 'Напишите текст статьи здесь. Абзацы разделяются пустой строкой.',
    publish: 'Чтобы опубликовать, замените draft: true на draft: false.',
  },
} as const;

function file(locale: 'kk' | 'ru'): string {
  const field = (name: string, value: unknown) => stringify({ [name]: value }).trimEnd();
  return [
    '---',
    '# The headline (заголовок). Shown on the page, in lists, feeds and search results.',
    field('title', texts[locale].title),
    '# The day of the news in Kyzylorda, YYYY-MM-DD (дата).',
    `date: ${date}`,
    '# One or two sentences under the headline and in lists (краткое содержание).',
    field('summary', texts[locale].summary),
    '# Ids of the people and parties the article concerns: files in content/people/ and content/parties/.',
    'people: []',
    'parties: []',
    `# true: checked but not published (черновик). ${guide[locale].publish}`,
    'draft: true',
    '---',
    '',
    `<!-- ${guide[locale].body} -->`,
    '',
  ].join('\n');
}

const dir = join(values.content, 'news', slug);
mkdirSync(dir, { recursive: true });
for (const locale of ['kk', 'ru'] as const) writeFileSync(join(dir, `${locale}.md`), file(locale));
console.log(`Wrote ${dir}/kk.md and ${dir}/ru.md (drafts). Preview with npm run dev at /kk/news/${slug}.`);
