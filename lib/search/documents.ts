import { type Locale, routing } from '@/i18n/routing';
import type { DescribedKind } from '@/lib/content/kind';
import { type KindKey, kindList, type SiteContent } from '@/lib/content/kinds';
import { path, type Route } from '@/lib/site/routes';

/*
 * What search finds: one document per entry of each kind that declares `search`
 * (lib/content/kinds), in each language it is written in.
 */

export type SearchDocument = {
  /** `kind/locale/key`: unique across the index. */
  id: string;
  kind: KindKey;
  /** The entry's id or slug. */
  key: string;
  locale: Locale;
  title: string;
  /** What the results call it ("Мақала", "Аумақтағы іс-шаралар"). */
  label: string;
  /** The page's texts, in reading order: a snippet is cut from the one that matches best. */
  passages: string[];
  /** The page's address without the locale. */
  href: string;
  /** ISO instant shown beside the result (an article's date, an event's start). */
  date?: string;
};

type Searchable = DescribedKind & { key: KindKey };

function documentOf(
  kind: Searchable,
  entry: unknown,
  locale: Locale,
  content: SiteContent,
): SearchDocument | undefined {
  const found = kind.search?.(entry, locale, content);
  if (!found) return undefined;
  const key = kind.id(entry);
  const href =
    found.href ??
    (kind.page ? (path as (r: Route, p: unknown) => string)(kind.page.route, kind.page.params(entry)) : undefined);
  if (href === undefined) throw new Error(`${kind.key}: a searchable kind needs a page or an address for each entry`);
  return {
    id: `${kind.key}/${locale}/${key}`,
    kind: kind.key,
    key,
    locale,
    title: found.title,
    label: found.label ?? kind.label.one[locale],
    passages: found.passages.filter((p) => p.length > 0),
    href,
    ...(found.date ? { date: found.date } : {}),
  };
}

const searchable = kindList.filter((k): k is Searchable => k.search !== undefined);

/** Every document, in both languages. */
export function searchDocuments(content: SiteContent): SearchDocument[] {
  return routing.locales.flatMap((locale) =>
    searchable.flatMap((kind) =>
      (content[kind.key] as unknown[]).flatMap((entry) => documentOf(kind, entry, locale, content) ?? []),
    ),
  );
}

// Entries by kind and id, and the documents already made (an article's is read out of its HTML,
// which costs more than searching): results show the same pages again and again.
const entriesOf = new WeakMap<SiteContent, Map<string, unknown[]>>();
const made = new WeakMap<object, Map<Locale, SearchDocument | undefined>>();

/** One document, as the results page shows it; undefined if the page no longer exists. */
export function findSearchDocument(content: SiteContent, id: string): SearchDocument | undefined {
  const [kindKey, locale, key] = id.split('/') as [KindKey, Locale, string];
  const kind = searchable.find((k) => k.key === kindKey);
  if (!kind || !routing.locales.includes(locale)) return undefined;
  let byId = entriesOf.get(content);
  if (!byId) {
    byId = new Map();
    for (const k of searchable) {
      for (const entry of content[k.key] as unknown[]) {
        const entryKey = `${k.key}/${k.id(entry)}`;
        byId.set(entryKey, [...(byId.get(entryKey) ?? []), entry]);
      }
    }
    entriesOf.set(content, byId);
  }
  for (const entry of byId.get(`${kindKey}/${key}`) ?? []) {
    const cache = made.get(entry as object) ?? new Map<Locale, SearchDocument | undefined>();
    made.set(entry as object, cache);
    if (!cache.has(locale)) cache.set(locale, documentOf(kind, entry, locale, content));
    const doc = cache.get(locale);
    if (doc) return doc;
  }
  return undefined;
}
