/*
 * What the web editor calls each field, in Kazakh and Russian (the editor shows one label: both,
 * Kazakh first), and the hint under it. The fields themselves come from lib/content/schema.ts.
 */

import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

type Label = { label: string; hint?: string };

/** Kazakh, then Russian, in one label (the editor shows one). */
export const both = (kk: string, ru: string) => `${kk} · ${ru}`;

export const collectionLabels = {
  news: { label: both('Жаңалықтар', 'Новости'), singular: both('Мақала', 'Статья') },
  events: { label: both('Іс-шаралар', 'Мероприятия'), singular: both('Іс-шара', 'Мероприятие') },
  people: { label: both('Қатысушылар', 'Участники'), singular: both('Қатысушы', 'Участник') },
  parties: { label: both('Партиялар', 'Партии'), singular: both('Партия', 'Партия') },
  districts: { label: both('Аумақтар', 'Территории'), singular: both('Аумақ', 'Территория') },
  figures: { label: both('Сандар', 'Цифры'), singular: both('Сан', 'Цифра') },
  coalition: { label: both('Коалиция', 'Коалиция'), singular: both('Коалиция', 'Коалиция') },
} as const;

export const fieldLabels: Record<string, Label> = {
  address: {
    label: both('Мекенжайы (латынша)', 'Адрес (латиницей)'),
    hint: both(
      'Жаңа жазбаға міндетті. Сайттағы мекенжайы: кіші латын әріптері, цифрлар, дефис (jana-koalitsiya). Кейін өзгертпеңіз.',
      'Обязателен для новой записи. Адрес на сайте: строчные латинские буквы, цифры, дефис (jana-koalitsiya). Потом не меняйте.',
    ),
  },
  title: { label: both('Тақырыбы', 'Заголовок') },
  date: { label: both('Күні', 'Дата') },
  updated: {
    label: both('Өзгертілген күні', 'Дата изменения'),
    hint: both('Мағыналы өзгеріс болса ғана', 'Только при существенном изменении'),
  },
  summary: {
    label: both('Қысқаша мазмұны', 'Краткое содержание'),
    hint: both('Тізімдерде және тақырып астында: 1–2 сөйлем', 'В списках и под заголовком: 1–2 предложения'),
  },
  image: {
    label: both('Басты сурет', 'Главное фото'),
    hint: both('Кемінде 1200×630; телефоннан келген файл да жарайды', 'Не меньше 1200×630; подойдёт файл с телефона'),
  },
  src: { label: both('Файл', 'Файл') },
  alt: {
    label: both('Суретте не бар', 'Что на фото'),
    hint: both('Көре алмайтын оқырмандар үшін', 'Для читателей, которые не видят изображение'),
  },
  credit: {
    label: both('Авторы', 'Автор'),
    hint: both('Мысалы: «Сурет: баспасөз қызметі»', 'Например: «Фото: пресс-служба»'),
  },
  people: { label: both('Мақалада аталған қатысушылар', 'Участники, о которых статья') },
  parties: { label: both('Мақалада аталған партиялар', 'Партии, о которых статья') },
  draft: {
    label: both('Жоба', 'Черновик'),
    hint: both('Белгіленсе, сайтта көрсетілмейді', 'Если отмечено, на сайте не показывается'),
  },
  translationPending: {
    label: both('Аудармасы әлі жоқ', 'Перевода пока нет'),
    hint: both(
      'Екінші тілде мәтін әлі жазылмаған: сол тілде осы мәтін ескертумен көрсетіледі',
      'Текста на втором языке ещё нет: там этот текст показывается с пометкой',
    ),
  },
  body: { label: both('Мәтін', 'Текст') },
  name: { label: both('Атауы', 'Название') },
  order: { label: both('Тізімдегі орны', 'Место в списке'), hint: both('Кішісі бірінші', 'Меньшее — выше') },
  party: { label: both('Партиясы', 'Партия') },
  roles: { label: both('Лауазымдары', 'Должности') },
  coalitionRole: { label: both('Коалициядағы рөлі', 'Роль в коалиции') },
  source: {
    label: both('Дереккөзі', 'Источник'),
    hint: both('Мақала және оның абзацының нөмірі (#p-3 → 3)', 'Статья и номер её абзаца (#p-3 → 3)'),
  },
  article: { label: both('Мақала', 'Статья') },
  paragraph: { label: both('Абзац', 'Абзац') },
  quote: {
    label: both('Дәйексөз', 'Цитата'),
    hint: both('Абзацтағы сөздер, сөзбе-сөз', 'Слова из абзаца, дословно'),
  },
  value: { label: both('Сан', 'Число') },
  reading: { label: both('Қалай оқылады', 'Как читается') },
  scope: { label: both('Кімге қатысты', 'К чему относится') },
  label: { label: both('Не саналады', 'Что считается') },
  start: {
    label: both('Басталуы', 'Начало'),
    hint: both('2026-03-05 немесе уақытымен 2026-03-05 18:30', '2026-03-05 или со временем 2026-03-05 18:30'),
  },
  end: { label: both('Аяқталуы', 'Окончание'), hint: both('Міндетті емес', 'Необязательно') },
  venue: { label: both('Өтетін орны', 'Место') },
  district: { label: both('Аумақ', 'Территория') },
  format: { label: both('Форматы', 'Формат') },
  status: { label: both('Мәртебесі', 'Статус') },
  photos: { label: both('Суреттер', 'Фото') },
  founded: { label: both('Құрылған күні', 'Дата создания') },
  place: { label: both('Құрылған жері', 'Место создания') },
  purpose: { label: both('Мақсаты (дәйексөздер)', 'Цели (цитаты)') },
  members: { label: both('Құрамы (дәйексөз)', 'Состав (цитата)') },
};

const events = (key: keyof typeof kk.Events) => both(kk.Events[key], ru.Events[key]);

/** The words of a closed list's values, for the editor's drop-downs (the site's own for events). */
export const optionLabels: Record<string, string> = {
  planned: events('statusPlanned'),
  held: events('statusHeld'),
  postponed: events('statusPostponed'),
  cancelled: events('statusCancelled'),
  'meeting-with-residents': events('formatMeetingWithResidents'),
  'explanatory-work': events('formatExplanatoryWork'),
  'public-discussion': events('formatPublicDiscussion'),
  'open-dialogue-platform': events('formatOpenDialoguePlatform'),
  'coalition-session': events('formatCoalitionSession'),
  exact: both('Дәл сан', 'Точное число'),
  'more-than': both('«…-ден астам»', '«более …»'),
  regional: both('Облыс', 'Область'),
  national: both('Бүкіл ел', 'Вся страна'),
};

export const localeLabels = { kk: 'Қазақша', ru: 'Русский' } as const;
