import { z } from 'zod';
import { type Locale, routing } from '@/i18n/routing';
import { blocksOf } from '@/lib/content/source-text';
import { isoDateInZone } from '@/lib/format/dates';
import type { Photo } from '@/lib/photos/variants';
import { day, longText, type LeadPhoto, photo, ref, slugSchema, text, topicsField, address } from '../fields';
import { defineKind, fileLocale, folderName } from '../kind';
import { say } from '../messages';

/*
 * News: one article in a folder, news/<slug>/index.kk.md and index.ru.md (the layout of the web
 * editor's translations), fields in the frontmatter and the text below it.
 */

const fields = z.strictObject({
  address: address(),
  title: text({ label: { kk: 'Тақырыбы', ru: 'Заголовок' } }),
  date: day({
    label: { kk: 'Күні', ru: 'Дата' },
    hint: { kk: 'Жаңалықтың Қызылордадағы күні: 2026-03-05', ru: 'День новости в Кызылорде: 2026-03-05' },
  }),
  updated: day({
    label: { kk: 'Өзгертілген күні', ru: 'Дата изменения' },
    hint: { kk: 'Мағыналы өзгеріс болса ғана', ru: 'Только при существенном изменении' },
  }).optional(),
  summary: longText({
    label: { kk: 'Қысқаша мазмұны', ru: 'Краткое содержание' },
    hint: { kk: 'Тізімдерде және тақырып астында: 1–2 сөйлем', ru: 'В списках и под заголовком: 1–2 предложения' },
  }),
  origin: text({
    label: { kk: 'Мәтін қайдан алынды', ru: 'Откуда текст' },
    hint: {
      kk: 'Басқа жерде жарияланған мәтінді берсеңіз ғана: түпнұсқада аталғанын ғана жазыңыз. Бос болса, мәтіннің авторы — коалиция',
      ru: 'Только если текст опубликован в другом месте: пишите лишь то, что названо в оригинале. Если пусто, автор текста — коалиция',
    },
  }).optional(),
  image: photo({
    label: { kk: 'Басты сурет', ru: 'Главное фото' },
    hint: {
      kk: 'Мақаланың басында, тізімде және әлеуметтік желіде. Кемінде 1200×630; телефоннан келген файл да жарайды',
      ru: 'В начале статьи, в списках и в соцсетях. Не меньше 1200×630; подойдёт файл с телефона',
    },
  }).optional(),
  people: z
    .array(ref('people', { label: { kk: 'Қатысушы', ru: 'Участник' } }))
    .default([])
    .meta({ label: { kk: 'Мақалада аталған қатысушылар', ru: 'Участники, о которых статья' } }),
  parties: z
    .array(ref('parties', { label: { kk: 'Партия', ru: 'Партия' } }))
    .default([])
    .meta({ label: { kk: 'Мақалада аталған партиялар', ru: 'Партии, о которых статья' } }),
  topics: topicsField(),
  draft: z
    .boolean()
    .default(false)
    .meta({
      label: { kk: 'Жоба', ru: 'Черновик' },
      hint: { kk: 'Белгіленсе, сайтта көрсетілмейді', ru: 'Если отмечено, на сайте не показывается' },
    }),
  translationPending: z
    .boolean()
    .default(false)
    .meta({
      label: { kk: 'Аудармасы әлі жоқ', ru: 'Перевода пока нет' },
      hint: {
        kk: 'Екінші тілде мәтін әлі жазылмаған: сол тілде осы мәтін ескертумен көрсетіледі',
        ru: 'Текста на втором языке ещё нет: там этот текст показывается с пометкой',
      },
    }),
});

export type Article = {
  slug: string;
  locale: Locale;
  title: string;
  summary: string;
  /** Where a text published elsewhere comes from, as the original states it; absent: the coalition wrote it. */
  origin?: string;
  /** ISO instant of publication. */
  date: string;
  /** ISO instant of the last substantive change; equals `date` when the file gives none. */
  updated: string;
  people: string[];
  parties: string[];
  /** The topics (content/topics) it is about. */
  topics: string[];
  draft: boolean;
  /** The other language's translation is still being written. */
  translationPending: boolean;
  /** The language of the text: differs from `locale` only where a translation is pending. */
  textLocale: Locale;
  /** The lead photo, with its variants once the photo build has made them. */
  image?: LeadPhoto & { photo?: Photo };
  html: string;
  /** Path from the repository root, for error messages. */
  sourcePath: string;
};

export function byNewestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}

/**
 * Per language: its own articles and, where a translation is pending, the other language's text
 * (shown with a notice; `textLocale` tells which), so that no reader meets a dead end.
 */
/** "2026-03": the month an article was published in, in Kyzylorda (the news archive). */
export const articleMonth = (article: Article): string => isoDateInZone(article.date).slice(0, 7);

/** The months a list of articles was published in, newest first, each with its count (the news archive). */
export function articleMonths(articles: readonly Article[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const month = articleMonth(article);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => b.localeCompare(a)).map(([month, count]) => ({ month, count }));
}

export function articlesByLocale(articles: readonly Article[]): Map<Locale, Article[]> {
  return new Map(
    routing.locales.map((locale) => {
      const own = articles.filter((a) => a.locale === locale);
      const ownSlugs = new Set(own.map((a) => a.slug));
      const borrowed = articles
        .filter((a) => a.locale !== locale && a.translationPending && !ownSlugs.has(a.slug))
        .map((a) => ({ ...a, locale }));
      return [locale, [...own, ...borrowed].sort(byNewestFirst)];
    }),
  );
}

/** Where an article's translation is, below content/. */
export function articleFile(slug: string, locale: Locale): string {
  return `news/${slug}/index.${locale}.md`;
}

export const news = defineKind({
  key: 'news',
  name: 'News',
  label: { one: { kk: 'Мақала', ru: 'Статья' }, many: { kk: 'Жаңалықтар', ru: 'Новости' } },
  files: {
    dir: 'news',
    pattern: 'news/*/index.*.md',
    holds: '<slug>/index.kk.md, <slug>/index.ru.md',
    markdown: true,
    translated: true,
  },
  fields,
  path: {
    // The folder is the slug shared by the translations ("page" would be the list's own address).
    slug: {
      // /news/page/2 and /news/archive are lists, not articles.
      schema: slugSchema.refine((s) => !['page', 'archive'].includes(s), { params: { code: 'reservedSlug' } }),
      resolve: folderName,
    },
    locale: { schema: z.enum(routing.locales), resolve: fileLocale },
  },
  entry: (doc, { photos, problem }): Article => {
    const photo = doc.image && photos ? photos(doc.image.src, doc._raw.sourceFilePath) : undefined;
    if (doc.image && photos && !photo) problem('image.src', say.photoNotMade());
    const locale = doc.locale as Locale;
    return {
      slug: doc.slug,
      locale,
      title: doc.title,
      summary: doc.summary,
      ...(doc.origin ? { origin: doc.origin } : {}),
      date: doc.date,
      updated: doc.updated ?? doc.date,
      people: doc.people,
      parties: doc.parties,
      topics: doc.topics,
      draft: doc.draft,
      translationPending: doc.translationPending,
      textLocale: locale,
      image: doc.image && { ...doc.image, ...(photo ? { photo } : {}) },
      html: doc.body.html,
      sourcePath: `content/${doc._raw.sourceFilePath}`,
    };
  },
  id: (article) => article.slug,
  sort: byNewestFirst,
  check: (articles, { filesOnDisk, problem }) => {
    // A translation that exists but fails its own checks (even one that cannot be read) still
    // exists: it is reported on its own, not as a missing translation of its sibling.
    for (const article of articles) {
      const present = filesOnDisk.get(article.slug) ?? new Set(articles.filter((a) => a.slug === article.slug).map((a) => a.locale));
      const missing = routing.locales.filter((l) => !present.has(l));
      if (missing.length > 0 && !article.translationPending) {
        problem(article, 'translationPending', say.noTranslation(missing.map((l) => `index.${l}.md`), article.slug));
      }
      if (missing.length === 0 && article.translationPending) problem(article, 'translationPending', say.translationExists());
    }
  },
  page: {
    route: '/news/[slug]',
    params: (a) => ({ slug: a.slug }),
    lastModified: (a) => a.updated,
    // Each language lists its own articles and borrows the other's where a translation is pending.
    inLocale: (articles) =>
      [...articlesByLocale(articles).values()].flat().map((a) => ({ entry: a, locale: a.locale, borrowed: a.textLocale !== a.locale })),
  },
  search: (article, locale) =>
    // An article borrowed from the other language while its translation is pending is found there.
    article.locale === locale && article.textLocale === locale
      ? { title: article.title, passages: [article.summary, ...blocksOf(article.html)], date: article.date }
      : undefined,
  editor: {
    summary: '{{date}} · {{title}}',
    sameInBothLanguages: ['address', 'date', 'updated', 'people', 'parties', 'topics', 'draft'],
  },
});

declare module '../kind' {
  interface Entries {
    news: Article;
  }
}
