import type { z } from 'zod';

/*
 * What the press office reads when a file is wrong: Kazakh and Russian, plain words, the field named
 * the way it is written in the file ("people, item 1", not "people[0]"). The build's own checks speak
 * through here; content:check adds the line (lib/authoring/).
 */

export type Message = { kk: string; ru: string };

/** A field path as the checks carry it ("roles[0].kk", "source.paragraph") in the author's words. */
export function fieldWords(field: string): Message {
  const parts = field.split(/\.|(?=\[)/).filter(Boolean);
  const words = (item: (n: number) => string) =>
    parts.map((p) => (/^\[\d+\]$/.test(p) ? item(Number(p.slice(1, -1)) + 1) : p)).join(', ');
  return { kk: words((n) => `${n}-тармақ`), ru: words((n) => `пункт ${n}`) };
}

const q = (text: string) => `«${text}»`;
const list = (values: readonly string[]) => values.join(', ') || '—';

export const say = {
  missingField: (): Message => ({ kk: 'бұл өріс міндетті: толтырыңыз', ru: 'это поле обязательно: заполните его' }),
  wrongType: (expected: string): Message => {
    const kinds: Record<string, Message> = {
      array: { kk: 'тізім', ru: 'список' },
      string: { kk: 'мәтін', ru: 'текст' },
      number: { kk: 'сан', ru: 'число' },
      boolean: { kk: 'true немесе false', ru: 'true или false' },
      object: { kk: 'ішкі өрістер (әр жолда «өріс: мән»)', ru: 'вложенные поля («поле: значение» на каждой строке)' },
    };
    const kind = kinds[expected] ?? { kk: expected, ru: expected };
    return {
      kk: `мұнда ${kind.kk} болуы керек${expected === 'array' ? ', мысалы: [a, b]' : ''}`,
      ru: `здесь должен быть ${kind.ru}${expected === 'array' ? ', например: [a, b]' : ''}`,
    };
  },
  empty: (): Message => ({ kk: 'бос болмауы керек', ru: 'не может быть пустым' }),
  date: (): Message => ({
    kk: 'күн 2026-02-13 түрінде жазылады (жыл-ай-күн), ал уақыт болса: 2026-02-13T18:30',
    ru: 'дата пишется как 2026-02-13 (год-месяц-день), а со временем: 2026-02-13T18:30',
  }),
  slug: (): Message => ({
    kk: 'тек кіші латын әріптері, цифрлар және дефис (мысалы, jana-koalitsiya)',
    ru: 'только строчные латинские буквы, цифры и дефис (например, jana-koalitsiya)',
  }),
  reservedSlug: (): Message => ({
    kk: 'бұл атау сайттың тізім беттеріне арналған (page, district, format, month): басқаша атаңыз',
    ru: 'это имя занято страницами списков сайта (page, district, format, month): выберите другое',
  }),
  oneOf: (values: readonly string[]): Message => ({
    kk: `мына мәндердің бірі болуы керек: ${list(values)}`,
    ru: `должно быть одним из значений: ${list(values)}`,
  }),
  wholeNumber: (): Message => ({ kk: 'бүтін сан болуы керек', ru: 'должно быть целым числом' }),
  positive: (): Message => ({ kk: 'нөлден үлкен болуы керек', ru: 'должно быть больше нуля' }),
  paragraphFromOne: (): Message => ({ kk: 'абзацтар 1-ден бастап саналады', ru: 'абзацы считаются с 1' }),
  atLeastOne: (): Message => ({ kk: 'кемінде біреуін жазыңыз', ru: 'укажите хотя бы один' }),
  localeFile: (locales: readonly string[]): Message => ({
    kk: `файл аты ${list(locales.map((l) => `index.${l}.md`))} болуы керек`,
    ru: `файл должен называться ${list(locales.map((l) => `index.${l}.md`))}`,
  }),
  missingFile: (): Message => ({ kk: 'бұл файл жоқ', ru: 'этого файла нет' }),
  addressMismatch: (address: string, name: string): Message => ({
    kk: `address ${q(address)} файлдың (қалтаның) атымен бірдей болуы керек: ${q(name)}`,
    ru: `address ${q(address)} должен совпадать с именем файла (папки): ${q(name)}`,
  }),
  unknownRef: (kind: 'person' | 'party' | 'article' | 'district', id: string, known: readonly string[]): Message => {
    const what = {
      person: { kk: 'тұлға', ru: 'человека', folder: 'content/people/' },
      party: { kk: 'партия', ru: 'партии', folder: 'content/parties/' },
      article: { kk: 'мақала', ru: 'статьи', folder: 'content/news/' },
      district: { kk: 'аудан', ru: 'района', folder: 'content/districts/' },
    }[kind];
    return {
      kk: `${q(id)} деген ${what.kk} жоқ (${what.folder} ішінде бары: ${list(known)})`,
      ru: `нет ${what.ru} ${q(id)} (в ${what.folder} есть: ${list(known)})`,
    };
  },
  noParagraph: (article: string, n: number, count: number): Message => ({
    kk: `${article} мақаласында ${n}-абзац жоқ (барлығы ${count} абзац)`,
    ru: `в статье ${article} нет абзаца ${n} (всего абзацев: ${count})`,
  }),
  quoteNotInParagraph: (article: string, n: number, nowAt?: number): Message => ({
    kk: `бұл сөздер ${article} мақаласының ${n}-абзацында жоқ${nowAt ? `: олар енді ${nowAt}-абзацта, paragraph: ${nowAt} деп жазыңыз` : ': мәтінмен сөзбе-сөз салыстырыңыз'}`,
    ru: `этих слов нет в абзаце ${n} статьи ${article}${nowAt ? `: теперь они в абзаце ${nowAt}, напишите paragraph: ${nowAt}` : ': сверьте с текстом слово в слово'}`,
  }),
  nameNotInParagraph: (article: string, n: number, name: string, nowAt?: number): Message => ({
    kk: `${article} мақаласының ${n}-абзацында ${q(name)} аталмайды${nowAt ? `: ол енді ${nowAt}-абзацта, paragraph: ${nowAt} деп жазыңыз` : ''}`,
    ru: `в абзаце ${n} статьи ${article} не упоминается ${q(name)}${nowAt ? `: теперь это абзац ${nowAt}, напишите paragraph: ${nowAt}` : ''}`,
  }),
  quoteLacksValue: (value: number): Message => ({
    kk: `дәйексөзде ${value} саны жоқ`,
    ru: `в цитате нет числа ${value}`,
  }),
  quoteSaysMoreThan: (locale: string): Message => ({
    kk: `${locale} дәйексөзінде «астам/аса» бар: reading: more-than деп жазыңыз`,
    ru: `в цитате (${locale}) сказано «более/свыше»: напишите reading: more-than`,
  }),
  quoteLacksMoreThan: (locale: string): Message => ({
    kk: `${locale} дәйексөзінде «астам/аса» жоқ: reading: exact деп жазыңыз`,
    ru: `в цитате (${locale}) нет «более/свыше»: напишите reading: exact`,
  }),
  noTranslation: (missing: readonly string[], slug: string): Message => ({
    kk: `қасында ${list(missing)} аудармасы жоқ: оны content/news/${slug}/ ішіне қосыңыз немесе translationPending: true деп жазыңыз`,
    ru: `рядом нет перевода ${list(missing)}: добавьте его в content/news/${slug}/ или напишите translationPending: true`,
  }),
  translationExists: (): Message => ({
    kk: 'аудармасы бар: translationPending жолын өшіріңіз',
    ru: 'перевод уже есть: удалите строку translationPending',
  }),
  endBeforeStart: (): Message => ({
    kk: 'аяқталуы басталуынан бұрын тұр: start пен end-ті тексеріңіз',
    ru: 'окончание раньше начала: проверьте start и end',
  }),
  heldInFuture: (day: string): Message => ({
    kk: `іс-шара «өтті» деп белгіленген, бірақ оның күні әлі келген жоқ (${day}): күнін немесе мәртебесін түзетіңіз`,
    ru: `мероприятие отмечено как проведённое, но его дата ещё не наступила (${day}): исправьте дату или статус`,
  }),
  plannedInPast: (day: string): Message => ({
    kk: `іс-шараның күні өтіп кетті (${day}), ал ол әлі «жоспарланған»: status өрісіне held, postponed немесе cancelled деп жазыңыз`,
    ru: `дата мероприятия прошла (${day}), а оно всё ещё «запланировано»: напишите в status held, postponed или cancelled`,
  }),
  photoNotMade: (): Message => ({
    kk: 'сурет дайындалмаған: npm run build іске қосыңыз',
    ru: 'фото не подготовлено: запустите npm run build',
  }),
};

/** zod's issue, in the author's words. */
export function issueMessage(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return say.missingField();
      return issue.expected === 'int' ? say.wholeNumber() : say.wrongType(issue.expected);
    case 'too_small':
      if (issue.origin === 'string') return say.empty();
      if (issue.origin === 'array') return say.atLeastOne();
      return issue.minimum === 1 ? say.paragraphFromOne() : say.positive();
    case 'invalid_format':
      return say.slug();
    case 'invalid_value':
      return say.oneOf(issue.values.map(String));
    case 'custom': {
      const code = (issue.params as { code?: keyof typeof say } | undefined)?.code;
      return code === 'date' ? say.date() : code === 'reservedSlug' ? say.reservedSlug() : { kk: issue.message, ru: issue.message };
    }
    default:
      return { kk: issue.message, ru: issue.message };
  }
}
