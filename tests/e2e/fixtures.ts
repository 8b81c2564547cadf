import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureSite } from '../fixture-site';
import sharp from 'sharp';

/*
 * The end-to-end tests run on the fixture site (tests/fixtures/site), not on content/: what it holds
 * is named here.
 */

export const FOUNDING = 'qyzylordada-koalitsiya-quryldy';
/** An article with a lead photo and three photos in its text (one sent from a phone, one from WhatsApp). */
export const PHOTO_ARTICLE = 'fotoreportazh';
/** An article without photos. */
export const NO_PHOTO = 'synaq-02';
/** Written in Russian only: the Kazakh page borrows it with a notice. */
export const RU_ONLY = 'tek-orysha';
/** Events of the fixture site: January to June 2026; its build takes 1 April 2026 as today. */
export const EVENT_COUNT = 35;
/** Events held of the plan's formats: 17 (and the founding session, held, which the plan does not count). */
export const PLAN_HELD = 17;
/** An event with a Kazakh title longer than 75 octets, over two days, with a photo and a report. */
export const LONG_EVENT = '2026-03-14-uzaq-atauly';
/** Articles published in each language (the Kazakh list borrows the Russian-only one). */
export const ARTICLE_COUNT = 16;

/** The font files of the build, named by their bytes (scripts/build-fonts.ts). */
export const fonts = JSON.parse(readFileSync('.generated/fonts.json', 'utf8')) as Record<
  'latin' | 'cyrillic' | 'cyrillic-ext',
  string
>;

/**
 * A file of the build nginx serves from /_next/static, precompressed: the stylesheet, which the pages
 * carry inside them and Next still writes as a file.
 */
export const staticFile = `/_next/static/${readdirSync(join(fixtureSite.distDir, 'static'), { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith('.css'))}`;

/** Width, height and whether any EXIF is left, of an image's bytes. */
export async function imageSize(bytes: Buffer) {
  const meta = await sharp(bytes).metadata();
  return { width: meta.width, height: meta.height, exif: meta.exif !== undefined };
}

export const text = {
  kk: {
    homeH1: 'Қызылорда облысының өңірлік коалициясы',
    newsH1: 'Жаңалықтар',
    articleH1:
      'Қызылордада «Әділетті және Прогрессивті Қазақстанның Халықтық Конституциясы үшін!» өңірлік коалициясы құрылды',
    quote:
      'Жаңа Конституция жобасы – елдегі саяси жаңғырулардың заңды әрі кезең-кезеңімен жүзеге асып келе жатқан реформалардың жалғасы.',
    date: '2026 жылғы 13 ақпан',
    notFound: 'Бет табылмады',
    malformed: 'Беттің мекенжайы қате жазылған.',
    switchTo: 'Русский',
    photoLeadAlt: 'Кездесу өткен ғимарат',
    nextPage: 'Келесі бет →',
  },
  ru: {
    homeH1: 'Региональная коалиция Кызылординской области',
    newsH1: 'Новости',
    articleH1:
      'В Кызылорде создана региональная коалиция «За Народную Конституцию Справедливого и Прогрессивного Казахстана!»',
    quote:
      '«Проект новой Конституции – закономерное продолжение политической модернизации в стране и поэтапно осуществляемых реформ.',
    date: '13 февраля 2026 г.',
    notFound: 'Страница не найдена',
    malformed: 'Адрес страницы записан с ошибкой.',
    switchTo: 'Қазақша',
    photoLeadAlt: 'Здание, где прошла встреча',
    nextPage: 'Следующая страница →',
  },
} as const;

export const locales = ['kk', 'ru'] as const;
