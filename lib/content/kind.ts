import type { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import type { PhotoLookup } from '@/lib/photos/manifest';
import type { Route, RouteParams } from '@/lib/site/routes';
import { type Field, type Localized, slugSchema, type SourceRef } from './fields';
import type { Message } from './messages';

/*
 * What a kind of content is, declared once (lib/content/kinds/<kind>.ts): its files, its fields, what
 * an entry is to the pages, its own checks, and where it appears: its page, the sitemap (with its
 * page), search, the feeds and the web editor. Everything else reads these declarations.
 */

/**
 * What an entry of each kind is, as the pages read it: each kind's file adds its own
 * (`declare module '../kind' { interface Entries { people: Person } }`), so that the content's type is
 * made of the declarations without a list to keep beside them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Entries {}
export type KindKey = keyof Entries;
/** Every kind's entries, checked and in their order. */
export type SiteContent = { [K in KindKey]: Entries[K][] };

/** A field the file's path gives rather than its text (the folder, the file name). */
export type PathField = { schema: z.ZodType<string>; resolve: (file: string) => string };

/** What the reader (lib/content/read.ts) gives the checks for each file: its fields as written, and what its path says. */
export type RawDocument = Record<string, unknown> & {
  _raw: { sourceFilePath: string };
  body?: { raw: string; html: string };
};

/** A document once its fields have been read by the kind's schema. */
export type DocumentOf<F extends z.ZodObject, P extends Record<string, PathField>> = z.output<F> & {
  [N in keyof P]: string;
} & { _raw: { sourceFilePath: string }; body: { raw: string; html: string } };

export type EntryContext = {
  /** Where the photo build's variants are, to attach to the entries that show photos. */
  photos?: PhotoLookup;
  /** Report a problem with a field of this document. */
  problem: (field: string, message: Message) => void;
};

/** What a page of the kind needs from an entry to build its address, and in which languages it is. */
export type KindPage<E, R extends Route> = {
  route: R;
  params: (entry: E) => RouteParams<R>;
  /** ISO instant of the entry's last change, for the sitemap. */
  lastModified?: (entry: E) => string;
  /**
   * Where each entry is a page, for a kind whose entries are each in one language (articles): each
   * language's entries, and whether it borrows the other's text. Otherwise every entry is a page in
   * every language.
   */
  inLocale?: (entries: readonly E[]) => { entry: E; locale: Locale; borrowed: boolean }[];
};

/** What a kind's own checks can use and say (lib/content/validate.ts). */
export type CheckContext<E> = {
  /** Every kind's entries that passed their fields' checks. */
  content: SiteContent;
  /** The day taken as today, in Kyzylorda (lib/format/dates.ts: siteToday). */
  today: string;
  /** The translations of each translated entry that exist as files, read or not. */
  filesOnDisk: ReadonlyMap<string, ReadonlySet<string>>;
  problem: (entry: E, field: string, message: Message) => void;
  /** Worth the author's attention, but nothing a reader would see broken: the build goes on. */
  warn: (entry: E, field: string, message: Message) => void;
  /** That the source's paragraph exists in every translation and says the quote (and `mention`, by language). */
  source: (entry: E, ref: SourceRef, field: string, mention?: Localized) => void;
};

/** One entry as search finds it, in one language (lib/search/documents.ts). */
export type SearchEntry = {
  title: string;
  passages: string[];
  date?: string;
  /** The address found, where it is not the kind's page. */
  href?: string;
  /** What the results call it, where the kind's name does not say it. */
  label?: string;
};

/** The web editor's collection (lib/cms/decap-config.ts). */
export type EditorOptions = {
  /** How an entry is listed: Decap's template of fields. */
  summary: string;
  /** How a new entry's file is named; the address the editor asks for unless said otherwise. */
  slug?: string;
  /** Fields written into both languages' files of a translated entry. */
  sameInBothLanguages?: readonly string[];
  /** A field edited with one of the editor's own widgets (lib/cms/editor/widgets.ts) rather than its type's. */
  widgets?: Record<string, 'event-status'>;
};

export type Kind<
  Key extends string = string,
  F extends z.ZodObject = z.ZodObject,
  P extends Record<string, PathField> = Record<string, PathField>,
  E = unknown,
  R extends Route = Route,
> = {
  key: Key;
  /** Contentlayer's name of the type, and the folder of its documents there. */
  name: string;
  label: { one: Message; many: Message };
  files: {
    /** The folder below content/. */
    dir: string;
    /** The files of the folder ("people/*.yaml", "news/*\/index.*.md"), as Contentlayer writes patterns. */
    pattern: string;
    /** What the folder holds, for the message about a file that does not belong there. */
    holds: string;
    markdown?: true;
    singleton?: true;
    /** A singleton whose file may be missing: nothing entered yet. */
    optional?: true;
    /** One file per language (index.kk.md, index.ru.md), edited side by side. */
    translated?: true;
  };
  fields: F;
  /** Fields the path gives. */
  path: P;
  /** What the pages read of a document. */
  entry: (doc: DocumentOf<F, P>, context: EntryContext) => E;
  /** The id other entries name it by (ids, article slugs). */
  id: (entry: E) => string;
  sort: (a: E, b: E) => number;
  page?: KindPage<E, R>;
  /** Checks beyond each field's own: across entries, against the source article, against today. */
  check?: (entries: readonly E[], context: CheckContext<E>) => void;
  search?: (entry: E, locale: Locale, content: SiteContent) => SearchEntry | undefined;
  editor?: EditorOptions;
  /** Warn in the guide and the editor about what the checks ask beyond the fields. */
  rules?: Message[];
};

/** The fields as the tools read them (lib/content/fields.ts), made once per kind. */
export type DescribedKind = Kind & { described: Field[] };

/** A kind's declaration, with its types inferred. */
export function defineKind<
  const Key extends string,
  F extends z.ZodObject,
  P extends Record<string, PathField>,
  E,
  R extends Route = never,
>(kind: Kind<Key, F, P, E, R>): Kind<Key, F, P, E, R> {
  return kind;
}

/** Entries in the order the press office gave them, then by id. */
export const byOrder = (a: { order: number; id: string }, b: { order: number; id: string }) =>
  a.order - b.order || a.id.localeCompare(b.id);

const segments = (path: string) => path.split('/');

/** The id of a data file: its name without .yaml. */
export const fileId = (path: string) => (segments(path).at(-1) ?? '').replace(/\.ya?ml$/, '');

/** A kind whose entries are one YAML file each in `dir`, named by their id (content/<dir>/<id>.yaml). */
export function yamlFiles<const Dir extends string>(dir: Dir) {
  return {
    files: { dir, pattern: `${dir}/*.yaml`, holds: '<id>.yaml' },
    path: { id: { schema: slugSchema, resolve: fileId } },
    id: (entry: { id: string }) => entry.id,
  };
}

/** An entry as its document is, without where it came from. */
export const withoutSource = <D extends { _raw: unknown; body?: unknown }>({ _raw: _, body: __, ...entry }: D) => entry;
/** The folder a translated entry's files are in: its slug. */
export const folderName = (path: string) => segments(path).at(-2) ?? '';
/** The language of index.kk.md. */
export const fileLocale = (path: string) => (segments(path).at(-1) ?? '').replace(/^index\.|\.md$/g, '');
