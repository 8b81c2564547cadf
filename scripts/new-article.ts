// npm run new:article [-- --slug <slug> --date YYYY-MM-DD --title-kk "…" --title-ru "…" --summary-kk "…" --summary-ru "…"]
// Writes an article's two translations as drafts, each with a comment on every field in its own
// language. Whatever is not given as an argument is asked for, in Kazakh and Russian; Enter takes the
// value shown in [brackets]. The files pass `npm run content:check` as written.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import type { Message } from '@/lib/content/messages';
import { slugSchema } from '@/lib/content/fields';
import { kindOf } from '@/lib/content/kinds';
import { articleFile } from '@/lib/content/kinds/news';
import { instantOf, isoDateInZone } from '@/lib/format/dates';

const usage = `npm run new:article -- --slug jana-makala --date 2026-03-01 \\
  --title-kk "Тақырып" --title-ru "Заголовок" --summary-kk "Қысқаша" --summary-ru "Кратко"`;

function fail(message: Message, code = 2): never {
  console.error(`${message.kk}\n${message.ru}`);
  process.exit(code);
}

let values: Record<string, string | undefined>;
try {
  values = parseArgs({
    options: {
      slug: { type: 'string' },
      date: { type: 'string' },
      'title-kk': { type: 'string' },
      'title-ru': { type: 'string' },
      'summary-kk': { type: 'string' },
      'summary-ru': { type: 'string' },
      content: { type: 'string', default: 'content' },
    },
  }).values;
} catch {
  fail({ kk: `Белгісіз параметр. Былай жазыңыз:\n${usage}`, ru: `Неизвестный параметр. Пишите так:\n${usage}` });
}
const contentDir = values.content ?? 'content';
const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

/** A value from its flag, or asked for; `fallback` is shown in [brackets] and taken on Enter. */
async function ask(name: string, question: Message, check: (v: string) => Message | undefined, fallback?: string) {
  // Without a terminal nobody can be asked: the default is taken.
  let value = values[name]?.trim() || (rl ? undefined : fallback);
  for (;;) {
    if (value) {
      const problem = check(value);
      if (!problem) return value;
      if (!rl) fail(problem);
      console.error(`${problem.kk}\n${problem.ru}`);
    } else if (!rl) {
      fail({
        kk: `--${name} берілмеген (${question.kk}). Терминалсыз былай іске қосыңыз:\n${usage}`,
        ru: `Не задан --${name} (${question.ru}). Без терминала запускайте так:\n${usage}`,
      });
    }
    const shown = fallback ? ` [${fallback}]` : '';
    value = (await rl.question(`${question.kk} / ${question.ru}${shown}: `)).trim() || fallback;
  }
}

const nonEmpty = (v: string) => (v ? undefined : { kk: 'Бос болмауы керек.', ru: 'Не может быть пустым.' });
const today = isoDateInZone(new Date().toISOString());

const slug = await ask(
  'slug',
  { kk: 'Мекенжайы (латынша, мысалы koalitsiya-otyrysy)', ru: 'Адрес (латиницей, например koalitsiya-otyrysy)' },
  (v) => {
    if (!slugSchema.safeParse(v).success)
      return {
        kk: 'Тек кіші латын әріптері, цифрлар және дефис.',
        ru: 'Только строчные латинские буквы, цифры и дефис.',
      };
    if (existsSync(dirname(join(contentDir, articleFile(v, 'kk')))))
      return {
        kk: `content/news/${v} бұрыннан бар: басқа мекенжай таңдаңыз.`,
        ru: `content/news/${v} уже есть: выберите другой адрес.`,
      };
    return undefined;
  },
);
const date = await ask(
  'date',
  { kk: 'Күні, ЖЖЖЖ-АА-КК', ru: 'Дата, ГГГГ-ММ-ДД' },
  (v) =>
    /^\d{4}-\d{2}-\d{2}$/.test(v) && instantOf(v)
      ? undefined
      : { kk: 'Күнді 2026-03-01 түрінде жазыңыз.', ru: 'Напишите дату как 2026-03-01.' },
  today,
);
const texts = {
  kk: {
    title: await ask('title-kk', { kk: 'Тақырып (қазақша)', ru: 'Заголовок на казахском' }, nonEmpty),
    summary: await ask(
      'summary-kk',
      { kk: 'Қысқаша мазмұны (қазақша)', ru: 'Краткое содержание на казахском' },
      nonEmpty,
    ),
  },
  ru: {
    title: await ask('title-ru', { kk: 'Тақырып (орысша)', ru: 'Заголовок на русском' }, nonEmpty),
    summary: await ask('summary-ru', { kk: 'Қысқаша мазмұны (орысша)', ru: 'Краткое содержание на русском' }, nonEmpty),
  },
};
rl?.close();

/** A field's words from its declaration (lib/content/kinds/news.ts), in the file's language. */
const describe = (name: string, locale: 'kk' | 'ru') => {
  const field = kindOf('news')?.described.find((f) => f.name === name);
  return field ? `${field.label[locale]}${field.hint ? `: ${field.hint[locale]}` : ''}.` : '';
};

/** What only this scaffold needs to say, in each file's language. */
const scaffold = {
  kk: {
    image: 'Қаласаңыз: файлды осы қалтаға салып, төмендегі жолдардың басындағы # белгісін өшіріңіз.',
    draft: 'true — тексеріледі, бірақ жарияланбайды. Жариялау үшін false деп өзгертіңіз.',
    body: 'Мақала мәтінін осы жерге жазыңыз. Абзацтар бос жолмен бөлінеді.',
  },
  ru: {
    image: 'По желанию: положите файл в эту папку и уберите # в начале строк ниже.',
    draft: 'true — проверяется, но не публикуется. Чтобы опубликовать, замените на false.',
    body: 'Напишите текст статьи здесь. Абзацы разделяются пустой строкой.',
  },
} as const;

function file(locale: 'kk' | 'ru'): string {
  const c = scaffold[locale];
  const d = (name: string) => describe(name, locale);
  const field = (name: string, value: unknown) => stringify({ [name]: value }).trimEnd();
  return [
    '---',
    `# ${d('title')}`,
    field('title', texts[locale].title),
    `# ${d('date')}`,
    `date: ${date}`,
    `# ${d('summary')}`,
    field('summary', texts[locale].summary),
    `# ${d('people')}`,
    'people: []',
    `# ${d('parties')}`,
    'parties: []',
    `# ${d('image')} ${c.image}`,
    '# image:',
    '#   src: photo.jpg',
    `#   alt: ${locale === 'kk' ? 'Суретте не бар' : 'Что на фото'}`,
    `#   credit: '${locale === 'kk' ? 'Сурет' : 'Фото'}: …'`,
    `# ${d('draft')} ${c.draft}`,
    'draft: true',
    '---',
    '',
    `<!-- ${c.body} -->`,
    '',
  ].join('\n');
}

for (const locale of ['kk', 'ru'] as const) {
  const path = join(contentDir, articleFile(slug, locale));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file(locale));
}
const where = dirname(join(contentDir, articleFile(slug, 'kk')));
console.log(
  [
    `${where} ішіне kk және ru жобалары жазылды. npm run dev іске қосып, http://localhost:3000/kk/news/${slug} ашыңыз.`,
    `В ${where} записаны черновики kk и ru. Запустите npm run dev и откройте http://localhost:3000/ru/news/${slug}.`,
  ].join('\n'),
);
