import type { DescribedKind } from '@/lib/content/kind';
import { kindList, type KindKey, type SiteContent } from '@/lib/content/kinds';
import { both } from './both';

/*
 * The entries as the press office knows them: a person by name, an article by its titles. The editor
 * offers the published articles in a drop-down (lib/cms/decap-config.ts) and its previews name what a
 * field refers to instead of showing its code (lib/cms/editor/previews.ts).
 */

export type EntryChoice = { value: string; label: string };
/** Per kind whose entries a drop-down offers: its published entries, as they are written and named. */
export type EntryChoices = Partial<Record<KindKey, EntryChoice[]>>;
/** Per kind: each entry's id → its name in both languages. */
export type EntryNames = Partial<Record<KindKey, Record<string, string>>>;

const textOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'kk' in value && 'ru' in value)
    return both(String(value.kk), String(value.ru));
  return undefined;
};

/** Each entry's name: its `name`, `title` or `label`; a translated entry's titles in each language, joined. */
function namesOf(kind: DescribedKind, entries: readonly unknown[]): Record<string, string> {
  const names = new Map<string, string[]>();
  for (const entry of entries) {
    const record = entry as Record<string, unknown>;
    if (record.draft === true) continue;
    // A translation still being written borrows the other language's title: named once.
    if (kind.files.translated && record.textLocale !== record.locale) continue;
    const name = textOf(record.name ?? record.title ?? record.label);
    if (name === undefined) continue;
    const id = kind.id(entry);
    names.set(id, [...(names.get(id) ?? []), name]);
  }
  return Object.fromEntries([...names].map(([id, list]) => [id, list.join(' · ')]));
}

export function entryNames(content: SiteContent): EntryNames {
  return Object.fromEntries(
    kindList.map((kind) => [kind.key, namesOf(kind, content[kind.key] as readonly unknown[])]),
  ) as EntryNames;
}

/**
 * The drop-downs: the entries of kinds named by their folder (articles), which Decap's own choice of
 * entries cannot write, newest first as the content lists them.
 */
export function entryChoices(names: EntryNames): EntryChoices {
  return Object.fromEntries(
    kindList
      .filter((kind) => kind.files.translated)
      .map((kind) => [kind.key, Object.entries(names[kind.key] ?? {}).map(([value, label]) => ({ value, label }))]),
  ) as EntryChoices;
}
