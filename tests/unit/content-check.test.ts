import { describe, expect, it } from 'vitest';
import { checkContentDir } from '@/lib/content-check/check-content';
import { formatFileProblem } from '@/lib/content-check/messages';

const FIXTURES = 'tests/fixtures/bad-content';

describe('content:check on the bad fixtures', async () => {
  const { problems } = await checkContentDir(`${FIXTURES}/content`, `${FIXTURES}/public`);
  const at = (where: string) => problems.filter((p) => `${p.file}:${p.line}` === where);

  // Each: the place, then words of the Kazakh and of the Russian message.
  it.each([
    ['missing field', 'content/news/missing-field/index.kk.md:2', 'өріс міндетті', 'поле обязательно'],
    ['unknown field', 'content/news/extra-field/index.kk.md:5', 'мұндай өріс жоқ', 'такого поля нет'],
    ['wrong type', 'content/news/wrong-type/index.kk.md:5', 'тізім болуы керек', 'должен быть список'],
    [
      'a day the month does not have',
      'content/news/bad-date/index.kk.md:3',
      'бұл айда 28 күн бар, 30-күн жоқ',
      'в этом месяце 28 дней, 30-го числа нет',
    ],
    ['unknown value of a closed list', 'content/events/bad-enum.yaml:10', 'мәндердің бірі', 'одним из значений'],
    [
      'missing translation',
      'content/news/no-translation/index.kk.md:2',
      'index.ru.md аудармасы жоқ',
      'нет перевода index.ru.md',
    ],
    ['duplicate slug', 'content/news/dup-slug:1', 'бір мекенжай болар еді', 'дали бы один адрес'],
    [
      'a published question named by a reference number',
      'content/questions/k7qm-2xda-9ptb.yaml:1',
      'нөміріне ұқсайды',
      'похоже на номер сообщения',
    ],
    [
      'unknown person',
      'content/news/unknown-ref/index.kk.md:7',
      'Қатысушылар: «nobody» жоқ',
      'Участники: нет «nobody»',
    ],
    ['unknown paragraph', 'content/figures/bad-paragraph.yaml:9', '99-абзац жоқ', 'нет абзаца 99'],
    [
      'broken internal link',
      'content/news/broken-link/index.kk.md:8',
      '/kk/news/nope беті жоқ',
      'нет страницы /kk/news/nope',
    ],
    ['broken paragraph link', 'content/news/broken-link/index.kk.md:8', '9-абзац жоқ', 'нет абзаца 9'],
    ['relative link', 'content/news/broken-link/index.kk.md:10', 'түбірінен жазылмаған', 'от корня сайта'],
    ['missing photo', 'content/news/missing-image/index.kk.md:8', 'сурет файлы жоқ', 'нет файла фото'],
    [
      'photo without alt text',
      'content/news/image-no-alt/index.kk.md:10',
      'не бар екені жазылмаған',
      'не описано, что на фото',
    ],
    ['photo without credit', 'content/news/image-no-alt/index.kk.md:10', 'авторы жазылмаған', 'не указан автор фото'],
    ['not a photo', 'content/news/image-no-alt/index.kk.md:10', 'фото емес', 'не фото'],
    ['mixed scripts', 'content/news/mixed-script/index.kk.md:8', '«коалиция» деп жазыңыз', 'напишите «коалиция»'],
    [
      'unclosed quote, at its line',
      'content/news/bad-yaml/index.kk.md:2',
      '2-жолдағы тырнақша жабылмаған',
      'кавычка в строке 2 не закрыта',
    ],
    ['colon inside text', 'content/news/yaml-colon/index.kk.md:4', 'қос нүкте', 'двоеточие'],
    ['bad indentation, at the line that has it', 'content/news/yaml-indent/index.kk.md:5', 'шегінісі', 'отступ строки'],
    ['tab as indentation', 'content/news/yaml-tab/index.kk.md:6', 'Tab', 'табуляция'],
    [
      'field written twice',
      'content/news/yaml-duplicate/index.kk.md:4',
      '«title» өрісі екі рет',
      'поле «title» написано дважды',
    ],
    [
      'no frontmatter',
      'content/news/no-frontmatter/index.kk.md:1',
      '«---» жолынан басталуы керек',
      'начинаться со строки «---»',
    ],
    ['dangerous raw HTML', 'content/news/raw-html/index.kk.md:10', 'HTML беттен өшіріледі', 'HTML будет удалён'],
    [
      'a photo line markdown cannot read',
      'content/news/photo-spaces/index.kk.md:14',
      '«![…](…)» күйінде шығады',
      'как «![…](…)»',
    ],
  ])('reports %s, in Kazakh and Russian, at its line', (_name, where, kk, ru) => {
    expect(at(where).map((p) => p.message)).toContainEqual({
      kk: expect.stringContaining(kk),
      ru: expect.stringContaining(ru),
    });
  });

  it('names fields as the author writes them, not in programmer notation', () => {
    expect(formatFileProblem(at('content/news/unknown-ref/index.kk.md:7')[0]!)).toContain('people, 2-тармақ');
    expect(formatFileProblem(at('content/news/unknown-ref/index.kk.md:7')[0]!)).toContain('people, пункт 2');
  });

  it('reads a photo whose file name has spaces, as WhatsApp names it', () => {
    expect(at('content/news/photo-spaces/index.kk.md:10').map((p) => p.message.ru)).toEqual([
      expect.stringContaining('WhatsApp Image 2026-03-01 at 10.15.32.jpeg'),
    ]);
  });

  it('reports nothing that follows from a file it could not read', () => {
    expect(problems.filter((p) => p.file === 'content/news/yaml-sibling/index.ru.md')).toEqual([]);
    expect(problems.filter((p) => p.file === 'content/news/bad-yaml/index.kk.md')).toHaveLength(1);
  });

  it('reports nothing about the valid fixture files', () => {
    expect(
      problems
        .map((p) => p.file)
        .filter((f) => /^content\/(news\/good\/|parties\/|people\/|coalition\/|figures\/members)/.test(f)),
    ).toEqual([]);
  });
});
