import type { z } from 'zod';

/*
 * What the press office reads when a file is wrong: Kazakh and Russian, plain words, the field named
 * the way it is written in the file ("people, item 1", not "people[0]"). The build's own checks speak
 * through here; content:check adds the line (lib/content-check/).
 */

export type Message = { kk: string; ru: string };

/** A field path as the checks carry it ("roles[0].kk", "source.paragraph") in the author's words. */
export function fieldWords(field: string): Message {
  const parts = field.split(/\.|(?=\[)/).filter(Boolean);
  const words = (item: (n: number) => string) =>
    parts.map((p) => (/^\[\d+\]$/.test(p) ? item(Number(p.slice(1, -1)) + 1) : p)).join(', ');
  return { kk: words((n) => `${n}-тармақ`), ru: words((n) => `пункт ${n}`) };
}

/** The quotation's language, as each language names it. */
const quoteIn: Record<string, Message> = {
  kk: { kk: 'қазақша', ru: 'на казахском' },
  ru: { kk: 'орысша', ru: 'на русском' },
};
/** The words that say "more than" in the quotation's own language (lib/content/figures: readings). */
const moreThanWords: Record<string, string> = { kk: '«астам/аса»', ru: '«более/свыше»' };

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
  /** A date the content rule cannot read: which part is wrong, where that can be told. */
  date: (value?: unknown): Message => {
    const written = typeof value === 'string' ? value.trim() : '';
    const parts = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/.exec(written);
    const form = {
      kk: 'күн 2026-03-05 түрінде жазылады (жыл-ай-күн), уақытымен: 2026-03-05 18:30',
      ru: 'дата пишется как 2026-03-05 (год-месяц-день), со временем: 2026-03-05 18:30',
    };
    if (!parts) return form;
    const [, year = '', month = '', dayOfMonth = '', hour, minute] = parts;
    const m = Number(month);
    if (m < 1 || m > 12) {
      return {
        kk: `${q(written)}: ${m}-ай болмайды, ай — ортадағы сан, 01-ден 12-ге дейін (${form.kk})`,
        ru: `${q(written)}: месяца ${m} не бывает, месяц — среднее число, от 01 до 12 (${form.ru})`,
      };
    }
    const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
    const d = Number(dayOfMonth);
    if (d < 1 || d > days) {
      return {
        kk: `${q(written)}: бұл айда ${days} күн бар, ${d}-күн жоқ`,
        ru: `${q(written)}: в этом месяце ${days} дней, ${d}-го числа нет`,
      };
    }
    if (hour !== undefined && (Number(hour) > 23 || Number(minute) > 59)) {
      return {
        kk: `${q(written)}: мұндай уақыт жоқ, сағат 00:00-ден 23:59-ға дейін`,
        ru: `${q(written)}: такого времени нет, часы от 00:00 до 23:59`,
      };
    }
    return form;
  },
  slug: (): Message => ({
    kk: 'тек кіші латын әріптері, цифрлар және дефис (мысалы, jana-koalitsiya)',
    ru: 'только строчные латинские буквы, цифры и дефис (например, jana-koalitsiya)',
  }),
  reservedSlug: (): Message => ({
    kk: 'бұл атау сайттың тізім беттеріне арналған (page, archive, district, format, month): басқаша атаңыз',
    ru: 'это имя занято страницами списков сайта (page, archive, district, format, month): выберите другое',
  }),
  referenceAsName: (): Message => ({
    kk: 'файлдың аты тұрғын хабарламасының нөміріне ұқсайды; нөмір — тұрғынның құпиясы, онымен хабарлама өшіріледі: файлды басқаша атаңыз (мысалы, 2026-12-04-k7qmxdpt)',
    ru: 'имя файла похоже на номер сообщения жителя; номер — секрет жителя, им удаляют сообщение: назовите файл иначе (например, 2026-12-04-k7qmxdpt)',
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
  unknownRef: (kind: { many: Message; dir: string }, id: string, known: readonly string[]): Message => ({
    kk: `${kind.many.kk}: ${q(id)} жоқ (content/${kind.dir}/ ішінде бары: ${list(known)})`,
    ru: `${kind.many.ru}: нет ${q(id)} (в content/${kind.dir}/ есть: ${list(known)})`,
  }),
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
  speakerMissing: {
    kk: 'бір қатысушының сөзі болса, «Кімнің сөзі» жолына сол адамды таңдаңыз (saidBy)',
    ru: 'если это слова одного участника, укажите его в поле «Чьи это слова» (saidBy)',
  } satisfies Message,
  quoteLacksValue: (value: number): Message => ({
    kk: `дәйексөзде ${value} саны жоқ`,
    ru: `в цитате нет числа ${value}`,
  }),
  quoteSaysMoreThan: (locale: string): Message => ({
    kk: `${quoteIn[locale]?.kk ?? locale} дәйексөзде ${moreThanWords[locale] ?? ''} бар: reading: more-than деп жазыңыз`,
    ru: `в цитате ${quoteIn[locale]?.ru ?? locale} сказано ${moreThanWords[locale] ?? ''}: напишите reading: more-than`,
  }),
  quoteLacksMoreThan: (locale: string): Message => ({
    kk: `${quoteIn[locale]?.kk ?? locale} дәйексөзде ${moreThanWords[locale] ?? ''} жоқ: reading: exact деп жазыңыз`,
    ru: `в цитате ${quoteIn[locale]?.ru ?? locale} нет ${moreThanWords[locale] ?? ''}: напишите reading: exact`,
  }),
  noTranslation: (missing: readonly string[], slug: string): Message => ({
    kk: `қасында ${list(missing)} аудармасы жоқ: оны content/news/${slug}/ ішіне қосыңыз немесе translationPending: true деп жазыңыз`,
    ru: `рядом нет перевода ${list(missing)}: добавьте его в content/news/${slug}/ или напишите translationPending: true`,
  }),
  translationExists: (): Message => ({
    kk: 'аудармасы бар: translationPending жолын өшіріңіз',
    ru: 'перевод уже есть: удалите строку translationPending',
  }),
  channelForm: (kind: Message): Message => ({
    kk: `«${kind.kk}» мәні таныс түрде емес: өрістің кеңесіндегі үлгідей жазыңыз`,
    ru: `значение «${kind.ru}» записано не так: напишите как в подсказке к полю`,
  }),
  endBeforeStart: (): Message => ({
    kk: 'аяқталуы басталуынан бұрын тұр: start пен end-ті тексеріңіз',
    ru: 'окончание раньше начала: проверьте start и end',
  }),
  periodBackwards: (): Message => ({
    kk: 'кезеңнің соңы басынан бұрын тұр: from мен to-ны тексеріңіз',
    ru: 'конец периода раньше начала: проверьте from и to',
  }),
  reasonMissing: (): Message => ({
    kk: 'ұсыныс қолдау таппаған: себебін екі тілде де жазыңыз (reason)',
    ru: 'предложение не поддержано: напишите причину на обоих языках (reason)',
  }),
  recipientMissing: (): Message => ({
    kk: 'ұсыныс жолданған: кімге жолданғанын көрсетіңіз (recipient)',
    ru: 'предложение передано: укажите, кому (recipient)',
  }),
  heldInFuture: (day: string): Message => ({
    kk: `іс-шара «өткізілді» деп белгіленген, бірақ оның күні әлі келген жоқ (${day}): күнін немесе күйін түзетіңіз`,
    ru: `мероприятие отмечено как проведённое, но его дата ещё не наступила (${day}): исправьте дату или статус`,
  }),
  outcomeNotHeld: (): Message => ({
    kk: 'қорытынды (қатысқандар, көтерілген сұрақтар) тек өткен іс-шараға жазылады: status өрісіне held деп жазыңыз немесе бұл өрісті өшіріңіз',
    ru: 'итоги (участники, поднятые вопросы) пишутся только для проведённого мероприятия: напишите в status held или удалите это поле',
  }),
  plannedInPast: (day: string): Message => ({
    kk: `іс-шараның күні өтіп кетті (${day}), ал ол әлі «жоспарланған»: status өрісіне held, postponed немесе cancelled деп жазыңыз`,
    ru: `дата мероприятия прошла (${day}), а оно всё ещё «запланировано»: напишите в status held, postponed или cancelled`,
  }),
  // Reading files
  yamlQuote: (line: number): Message => ({
    kk: `${line}-жолдағы тырнақша жабылмаған: мәтіннің соңына да " қойыңыз`,
    ru: `кавычка в строке ${line} не закрыта: поставьте " и в конце текста`,
  }),
  yamlColon: (): Message => ({
    kk: 'мәтіннің ішінде қос нүкте (:) бар: бүкіл мәтінді тырнақшаға алыңыз, мысалы: summary: "…: …"',
    ru: 'внутри текста есть двоеточие (:): возьмите весь текст в кавычки, например: summary: "…: …"',
  }),
  yamlIndent: (): Message => ({
    kk: 'жолдың шегінісі (басындағы бос орын) жоғарыдағы жолдарға сәйкес емес',
    ru: 'отступ строки (пробелы в начале) не совпадает со строками выше',
  }),
  yamlList: (line: number): Message => ({
    kk: `${line}-жолдағы [ ] тізімі жабылмаған: соңына ] қойыңыз`,
    ru: `список [ ] в строке ${line} не закрыт: поставьте ] в конце`,
  }),
  yamlTab: (): Message => ({
    kk: 'жолдың басында Tab бар: оның орнына бос орын (пробел) қойыңыз',
    ru: 'в начале строки табуляция: замените её пробелами',
  }),
  yamlDuplicate: (key: string): Message => ({
    kk: `${q(key)} өрісі екі рет жазылған: біреуін өшіріңіз`,
    ru: `поле ${q(key)} написано дважды: удалите одно`,
  }),
  yamlOther: (detail: string): Message => ({
    kk: `бұл жол «өріс: мән» түрінде оқылмады (${detail})`,
    ru: `эта строка не читается как «поле: значение» (${detail})`,
  }),
  notFields: (): Message => ({
    kk: 'файлда «өріс: мән» түріндегі жолдар болуы керек',
    ru: 'в файле должны быть строки вида «поле: значение»',
  }),
  noFrontmatter: (): Message => ({
    kk: 'файл «---» жолынан басталуы керек, одан кейін өрістер, одан кейін тағы «---»',
    ru: 'файл должен начинаться со строки «---», затем поля, затем ещё одна «---»',
  }),
  unexpectedFile: (where: string, holds: string): Message => ({
    kk: `${where} ішінде ${holds} ғана болады: бұл файлды жылжытыңыз немесе өшіріңіз`,
    ru: `в ${where} лежат только ${holds}: перенесите или удалите этот файл`,
  }),
  unknownField: (): Message => ({
    kk: 'мұндай өріс жоқ: атын тексеріңіз немесе жолды өшіріңіз',
    ru: 'такого поля нет: проверьте написание или удалите строку',
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
      if (code === 'date') return say.date((issue.params as { value?: unknown }).value);
      if (code === 'referenceAsName') return say.referenceAsName();
      return code === 'reservedSlug' ? say.reservedSlug() : { kk: issue.message, ru: issue.message };
    }
    default:
      return { kk: issue.message, ru: issue.message };
  }
}
