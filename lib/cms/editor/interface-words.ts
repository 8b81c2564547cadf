// Decap's Russian as its package writes it (no types there: its phrases are plain strings).
// @ts-expect-error the locales package ships no declarations
import ru from 'decap-cms-locales/dist/esm/ru/index.js';
import { both } from '../both';

/*
 * Decap's own words, as the press office reads them: its Russian, with what was English, internal or
 * misleading there said plainly, in Kazakh and Russian where the press office meets it at work (the
 * toasts, the markers of required fields, the language panes, the media library).
 */

type Phrases = { [key: string]: string | Phrases };

const changes: Phrases = {
  // Missing from Decap's Russian, which would otherwise show its English.
  auth: { loginWithForgejo: both('Forgejo арқылы кіру', 'Войти через Forgejo') },
  collection: {
    collectionTop: { viewAsList: both('Тізім', 'Списком'), viewAsGrid: both('Карточкалар', 'Карточками') },
    entries: { unpublishedHeader: both('Жарияланбаған жазбалар', 'Неопубликованные записи') },
  },
  editor: {
    editorControl: {
      field: { optional: both('міндетті емес', 'необязательно'), widgetLabel: '%{widgetLabel}' },
    },
    editorNotesPane: {
      title: both('Ескертпелер', 'Заметки'),
      emptyState: both('Әзірге ескертпе жоқ', 'Заметок пока нет'),
      addNote: both('Ескертпе қосу', 'Добавить заметку'),
      addPlaceholder: both('Ескертпе…', 'Заметка…'),
      editPlaceholder: both('Ескертпе…', 'Заметка…'),
      save: both('Сақтау', 'Сохранить'),
      cancel: both('Болдырмау', 'Отмена'),
      edit: both('Өзгерту', 'Изменить'),
      delete: both('Өшіру', 'Удалить'),
      resolve: both('Шешілді', 'Решено'),
      unresolve: both('Қайта ашу', 'Открыть снова'),
      confirmDelete: both('Ескертпе өшірілсін бе?', 'Удалить заметку?'),
      shortcut: 'Ctrl+Enter',
    },
    editorControlPane: {
      widget: {
        required: both('Толтырыңыз: %{fieldLabel}', 'Заполните: %{fieldLabel}'),
        regexPattern: '%{fieldLabel}: %{pattern}',
      },
      i18n: {
        writingInLocale: both('Тілі: %{locale}', 'Язык: %{locale}'),
        copyFromLocale: both('Екінші тілдегі мәтінді көшіру', 'Скопировать из другого языка'),
        copyFromLocaleConfirm: both(
          '%{locale} тіліндегі мәтін осы тілдегінің орнына жазылсын ба?',
          'Заменить текст этого языка текстом на %{locale}?',
        ),
      },
    },
    editorInterface: {
      toggleNotes: both('Ескертпелер', 'Заметки'),
      toggleI18n: both('Екі тіл қатар', 'Оба языка рядом'),
      togglePreview: both('Алдын ала көру', 'Предпросмотр'),
      toggleScrollSync: both('Қатар жылжыту', 'Прокручивать вместе'),
    },
    editorToolbar: {
      status: `${both('Күйі', 'Статус')}: %{status}`,
      unsavedChanges: both('Сақталмаған өзгерістер бар', 'Есть несохранённые изменения'),
      changesSaved: both('Сақталмаған өзгеріс жоқ', 'Несохранённых изменений нет'),
      deployButtonLabel: both('Сайтта қарау', 'Открыть на сайте'),
      backCollection: '%{collectionLabel}',
    },
    editorWidgets: {
      markdown: {
        bold: both('Қалың', 'Полужирный'),
        strikethrough: both('Сызылған', 'Зачёркнутый'),
        toggleMode: {
          rich: both('Кәдімгі мәтінге ауысу', 'Перейти к обычному тексту'),
          markdown: both('Белгілері бар мәтінге ауысу', 'Перейти к тексту с разметкой'),
        },
        richText: both('Мәтін', 'Текст'),
        markdown: both('Белгілері бар мәтін', 'Текст с разметкой'),
      },
      datetime: { setToNow: both('Қазір', 'Сейчас') },
      object: { expand: both('Ашу', 'Развернуть'), collapse: both('Жию', 'Свернуть') },
      list: { add: both('Қосу', 'Добавить') + ': %{item}', addType: both('Қосу', 'Добавить') + ': %{item}' },
      headingOptions: Object.fromEntries(
        ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((n, i) => [
          `heading${n}`,
          both(`${i + 1}-деңгейлі тақырып`, `Заголовок ${i + 1}-го уровня`),
        ]),
      ),
    },
  },
  mediaLibrary: {
    mediaLibraryModal: {
      noAssetsFound: both('Әзірге файл жоқ', 'Файлов пока нет'),
      noImagesFound: both('Әзірге сурет жоқ: «Жаңасын жүктеу»', 'Фото пока нет: «Загрузить новое»'),
      upload: both('Жаңасын жүктеу', 'Загрузить новое'),
      mediaAssets: both('Файлдар', 'Файлы'),
      images: both('Суреттер', 'Фото'),
      search: both('Іздеу', 'Поиск'),
      close: both('Жабу', 'Закрыть'),
    },
  },
  ui: {
    settingsDropdown: { account: both('Аккаунт', 'Аккаунт') },
    toast: {
      noteAdded: both('Ескертпе қосылды', 'Заметка добавлена'),
      onFailToAddNote: both('Ескертпе қосылмады', 'Не удалось добавить заметку') + ': %{details}',
      noteUpdated: both('Ескертпе өзгертілді', 'Заметка изменена'),
      onFailToUpdateNote: both('Ескертпе өзгертілмеді', 'Не удалось изменить заметку') + ': %{details}',
      noteDeleted: both('Ескертпе өшірілді', 'Заметка удалена'),
      onFailToDeleteNote: both('Ескертпе өшірілмеді', 'Не удалось удалить заметку') + ': %{details}',
      noteResolved: both('Шешілді', 'Решено'),
      noteReopened: both('Қайта ашылды', 'Открыто снова'),
      onFailToToggleNote: both('Өзгертілмеді', 'Не удалось изменить') + ': %{details}',
      missingRequiredField: both(
        'Сақталмады: қызылмен белгіленген өрістерді толтырыңыз',
        'Не сохранено: заполните поля, отмеченные красным',
      ),
      entrySaved: both('Сақталды', 'Сохранено'),
      entryPublished: both('Жарияланды', 'Запись опубликована'),
      onFailToPersist: both('Сақталмады: %{details}', 'Не удалось сохранить: %{details}'),
    },
  },
};

function merged(base: Phrases, over: Phrases): Phrases {
  const out: Phrases = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? merged(current, value) : value;
  }
  return out;
}

/** Decap's Russian with the changes above: the editor registers it as its interface (./main.ts). */
export function editorInterface(): Phrases {
  return merged(ru as unknown as Phrases, changes);
}
