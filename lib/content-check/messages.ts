import type { Message } from '@/lib/content/messages';
import type { FileProblem } from '@/lib/content/problems';
import { fieldLabel } from '@/lib/content/problems';

/*
 * The messages only the press office's tools give (content:check, new:article), in Kazakh and
 * Russian. The build's own checks speak through lib/content/messages.ts.
 */

const q = (text: string) => `«${text}»`;

export const tell = {
  duplicateSlug: (variants: readonly string[]): Message => ({
    kk: `${variants.join(', ')} қалталары бір мекенжай болар еді: біреуін басқаша атаңыз`,
    ru: `папки ${variants.join(', ')} дали бы один адрес: переименуйте одну`,
  }),
  mixedScript: (word: string, latin: readonly string[], suggestion: string): Message => ({
    kk: `${q(word)} сөзінде латын және кирилл әріптері аралас (${latin.map(q).join(', ')}): ${q(suggestion)} деп жазыңыз`,
    ru: `в слове ${q(word)} смешаны латинские и кириллические буквы (${latin.map(q).join(', ')}): напишите ${q(suggestion)}`,
  }),
  // Links
  linkScript: (url: string): Message => ({
    kk: `${q(url)} сілтемесіне рұқсат жоқ: http(s) мекенжайын жазыңыз`,
    ru: `ссылка ${q(url)} запрещена: укажите адрес http(s)`,
  }),
  linkRelative: (url: string): Message => ({
    kk: `${q(url)} сілтемесі сайт түбірінен жазылмаған: мысалы, /kk/news/<slug>`,
    ru: `ссылка ${q(url)} должна начинаться от корня сайта: например, /kk/news/<slug>`,
  }),
  linkNoPage: (path: string): Message => ({
    kk: `сілтеме бұзық: сайтта ${path} беті жоқ`,
    ru: `битая ссылка: на сайте нет страницы ${path}`,
  }),
  linkNoParagraph: (path: string | undefined, n: string): Message => ({
    kk: `сілтеме бұзық: ${path ?? 'бұл мақалада'} ${n}-абзац жоқ`,
    ru: `битая ссылка: ${path ? `в ${path}` : 'в этой статье'} нет абзаца ${n}`,
  }),
  // Photos
  photoNoAlt: (): Message => ({
    kk: 'суретте не бар екені жазылмаған: оны ![…] ішіне жазыңыз (көре алмайтын оқырмандар үшін)',
    ru: 'не описано, что на фото: напишите это в ![…] (для читателей, которые не видят изображение)',
  }),
  photoNoCredit: (): Message => ({
    kk: 'суреттің авторы жазылмаған: астына «Сурет: …» деп бастап жазыңыз',
    ru: 'не указан автор фото: напишите под ним строку, начинающуюся с «Фото: …»',
  }),
  photoOtherSite: (url: string): Message => ({
    kk: `${q(url)} суреті басқа сайтта: файлды мақала қалтасына салып, атын жазыңыз`,
    ru: `фото ${q(url)} на другом сайте: положите файл в папку статьи и напишите его имя`,
  }),
  photoMissing: (file: string): Message => ({
    kk: `${file} деген сурет файлы жоқ: аты мен қалтасын тексеріңіз`,
    ru: `нет файла фото ${file}: проверьте имя и папку`,
  }),
  photoNotAPhoto: (url: string): Message => ({
    kk: `${q(url)} фото емес: JPEG, PNG, WebP немесе HEIC файлын салыңыз`,
    ru: `${q(url)} не фото: положите файл JPEG, PNG, WebP или HEIC`,
  }),
  photoTooBig: (mib: number): Message => ({
    kk: `сурет тым үлкен (${mib} МБ, ең көбі 30 МБ): кішірек нұсқасын салыңыз`,
    ru: `фото слишком большое (${mib} МБ, не больше 30 МБ): положите вариант поменьше`,
  }),
  photoUnreadable: (): Message => ({
    kk: 'сурет файлы ашылмады (бүлінген немесе фото емес): телефоннан қайта жіберіңіз',
    ru: 'файл фото не открывается (повреждён или это не фото): перешлите его с телефона заново',
  }),
  photoSmallForShare: (width: number, height: number): Message => ({
    kk: `басты сурет кішкентай (${width}×${height}): әлеуметтік желіде бөліскенде бұлыңғыр болады, кемінде 1200×630 сурет салыңыз`,
    ru: `главное фото маленькое (${width}×${height}): при публикации в соцсетях будет размытым, нужно не меньше 1200×630`,
  }),
  photoHasLocation: (file: string): Message => ({
    kk: `суретте түсірілген жердің координаттары (GPS) сақталған: репозиторийге жібермес бұрын өшіріңіз: npm run photos:clean -- "${file}"`,
    ru: `в фото записаны координаты места съёмки (GPS): удалите их, прежде чем отправлять в репозиторий: npm run photos:clean -- "${file}"`,
  }),
  photoUnused: (): Message => ({
    kk: 'бұл сурет ешбір мақалада жоқ: оны мақалаға қосыңыз немесе өшіріңіз',
    ru: 'это фото не используется ни в одной статье: добавьте его в статью или удалите',
  }),
  // Text
  rawHtml: (snippet: string): Message => ({
    kk: `бұл HTML беттен өшіріледі: ${snippet}`,
    ru: `этот HTML будет удалён со страницы: ${snippet}`,
  }),
  noText: (): Message => ({
    kk: 'мақалада мәтін жоқ: оны жабатын «---» жолының астына жазыңыз',
    ru: 'в статье нет текста: напишите его под закрывающей строкой «---»',
  }),
  rawMarkdown: (): Message => ({
    kk: 'бұл жол бетте «![…](…)» күйінде шығады: сурет жолын тексеріңіз',
    ru: 'эта строка попадёт на страницу как «![…](…)»: проверьте строку с фото',
  }),
};

/**
 * The report's form: the place first (editors jump to `file:line`), then the message in Kazakh and in
 * Russian on their own lines.
 */
export function formatFileProblem(p: FileProblem): string {
  const { where, kk, ru } = problemLines(p);
  return `${where}\n  ${kk}\n  ${ru}`;
}

/** The place and the two lines of a problem, for the terminal and for the banner of `npm run dev`. */
export function problemLines(p: FileProblem): { where: string; kk: string; ru: string; warning: boolean } {
  const where = `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}`;
  const mark = p.severity === 'warning' ? { kk: 'Ескерту', ru: 'Предупреждение' } : { kk: 'Қате', ru: 'Ошибка' };
  const field = p.field ? fieldLabel(p.field) : undefined;
  const line = (locale: 'kk' | 'ru') => `${mark[locale]}: ${field ? `${field[locale]}: ` : ''}${p.message[locale]}`;
  return { where, kk: line('kk'), ru: line('ru'), warning: p.severity === 'warning' };
}

/**
 * A problem as a workflow command (GitHub and Forgejo Actions): the pull request shows it on the line
 * of the file, in Kazakh and Russian (content:check --annotations).
 */
export function annotation(p: FileProblem): string {
  const { kk, ru, warning } = problemLines(p);
  const data = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const property = (text: string) => data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const place = [`file=${property(p.file)}`, `line=${p.line}`, ...(p.column ? [`col=${p.column}`] : [])];
  return `::${warning ? 'warning' : 'error'} ${place.join(',')}::${data(`${kk}\n${ru}`)}`;
}

/** Where content:check leaves its last report: the banner of `npm run dev` shows it on the open page. */
export const REPORT_FILE = '.generated/content-problems.json';

const kkCount = (n: number, word: string) => `${n} ${word}`;
function ruCount(n: number, forms: [string, string, string]): string {
  const rule = new Intl.PluralRules('ru').select(n);
  return `${n} ${rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2]}`;
}

export function summary(errors: number, warnings: number, files: number): Message {
  const kkParts = [kkCount(errors, 'қате'), ...(warnings ? [kkCount(warnings, 'ескерту')] : [])];
  const ruParts = [
    ruCount(errors, ['ошибка', 'ошибки', 'ошибок']),
    ...(warnings ? [ruCount(warnings, ['предупреждение', 'предупреждения', 'предупреждений'])] : []),
  ];
  return {
    kk: `${kkParts.join(', ')} (${files} файлда). Әр хабарламаның мағынасы: content/README.md`,
    ru: `${ruParts.join(', ')} (файлов: ${files}). Что значит каждое сообщение: content/README.md`,
  };
}
