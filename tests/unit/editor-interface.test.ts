// @ts-expect-error the locales package ships no declarations
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { describe, expect, it } from 'vitest';
import { editorInterface } from '@/lib/cms/editor/interface-words';

type Phrases = { [key: string]: string | Phrases };
const flat = (o: Phrases, p = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));

describe("the editor's interface words", () => {
  const words = new Map(flat(editorInterface()));

  it('have every phrase Decap has in English, so that none falls back to English', () => {
    const missing = flat(en as Phrases)
      .filter(([key]) => !words.has(key))
      .map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('say plainly what was odd, in Kazakh and Russian', () => {
    expect(words.get('editor.editorControl.field.optional')).toBe('міндетті емес · необязательно');
    expect(words.get('editor.editorInterface.toggleI18n')).toBe('Екі тіл қатар · Оба языка рядом');
    expect(words.get('editor.editorToolbar.changesSaved')).toBe(
      'Сақталмаған өзгеріс жоқ · Несохранённых изменений нет',
    );
    expect(words.get('mediaLibrary.mediaLibraryModal.noAssetsFound')).toBe('Әзірге файл жоқ · Файлов пока нет');
    expect(words.get('editor.editorWidgets.markdown.markdown')).not.toMatch(/^Markdown$/);
    for (const [key, value] of words) expect(value, key).not.toMatch(/\bi18n\b|Cтатус/);
  });
});
