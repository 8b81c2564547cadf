import { defineDocumentType, defineNestedType, makeSource } from 'contentlayer2/source-files';
import { configureMarkdown } from './lib/markdown';

/*
 * The content types. Contentlayer checks that fields exist and have the right primitive type;
 * lib/content-schema.ts then checks enums, formats and every cross-reference, and names the
 * file and the field of each problem.
 */

/** A text in both languages of the site. */
const Localized = defineNestedType(() => ({
  name: 'Localized',
  fields: {
    kk: { type: 'string', required: true },
    ru: { type: 'string', required: true },
  },
}));

/** Where a fact comes from: an article, the number of its paragraph and, optionally, the words. */
const SourceRef = defineNestedType(() => ({
  name: 'SourceRef',
  fields: {
    article: { type: 'string', required: true },
    paragraph: { type: 'number', required: true },
    quote: { type: 'nested', of: Localized, required: false },
  },
}));

const idFromFileName = {
  id: {
    type: 'string' as const,
    resolve: (doc: { _raw: { sourceFileName: string } }) => doc._raw.sourceFileName.replace(/\.ya?ml$/, ''),
  },
};

/**
 * An article translation: content/news/<slug>/<locale>.md. The folder is the slug shared by the
 * translations; the file name is the locale.
 */
export const News = defineDocumentType(() => ({
  name: 'News',
  filePathPattern: 'news/*/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    updated: { type: 'date', required: false },
    summary: { type: 'string', required: true },
    people: { type: 'list', of: { type: 'string' }, required: false },
    parties: { type: 'list', of: { type: 'string' }, required: false },
    /** A draft is checked but not published; `npm run dev` shows it. */
    draft: { type: 'boolean', required: false },
    /** Set in the only translation so far: the other language shows it with a notice meanwhile. */
    translationPending: { type: 'boolean', required: false },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/').at(-1) ?? '' },
    locale: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
  },
}));

/** A party of the coalition: content/parties/<id>.yaml. */
export const Party = defineDocumentType(() => ({
  name: 'Party',
  filePathPattern: 'parties/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'nested', of: Localized, required: true },
    order: { type: 'number', required: true },
  },
  computedFields: idFromFileName,
}));

/** A person the articles name, with the roles they state: content/people/<id>.yaml. */
export const Person = defineDocumentType(() => ({
  name: 'Person',
  filePathPattern: 'people/*.yaml',
  contentType: 'data',
  fields: {
    name: { type: 'nested', of: Localized, required: true },
    party: { type: 'string', required: false },
    roles: { type: 'list', of: Localized, required: true },
    coalitionRole: { type: 'nested', of: Localized, required: false },
    source: { type: 'nested', of: SourceRef, required: true },
    order: { type: 'number', required: true },
  },
  computedFields: idFromFileName,
}));

/** A number about the coalition and the paragraph that states it: content/figures/<id>.yaml. */
export const Figure = defineDocumentType(() => ({
  name: 'Figure',
  filePathPattern: 'figures/*.yaml',
  contentType: 'data',
  fields: {
    value: { type: 'number', required: true },
    /** "exact" or "more-than". */
    reading: { type: 'string', required: true },
    /** "regional" (Kyzylorda region) or "national" (the nationwide coalition). */
    scope: { type: 'string', required: true },
    label: { type: 'nested', of: Localized, required: true },
    source: { type: 'nested', of: SourceRef, required: true },
    order: { type: 'number', required: true },
  },
  computedFields: idFromFileName,
}));

/** An event of the coalition's plan, planned or held: content/events/<id>.yaml. */
export const Event = defineDocumentType(() => ({
  name: 'Event',
  filePathPattern: 'events/*.yaml',
  contentType: 'data',
  fields: {
    title: { type: 'nested', of: Localized, required: true },
    date: { type: 'date', required: true },
    place: { type: 'nested', of: Localized, required: true },
    format: { type: 'string', required: true },
    status: { type: 'string', required: true },
    article: { type: 'string', required: false },
  },
  computedFields: idFromFileName,
}));

/** The regional coalition: its founding and its purpose, quoted from the articles. */
export const Coalition = defineDocumentType(() => ({
  name: 'Coalition',
  filePathPattern: 'coalition/coalition.yaml',
  contentType: 'data',
  isSingleton: true,
  fields: {
    founded: { type: 'date', required: true },
    place: { type: 'nested', of: Localized, required: true },
    purpose: { type: 'list', of: SourceRef, required: true },
    members: { type: 'nested', of: SourceRef, required: true },
  },
}));

export default makeSource({
  // CONTENT_DIR: another content folder, for the benchmark's generated articles.
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirInclude: ['news', 'parties', 'people', 'figures', 'events', 'coalition'],
  documentTypes: [News, Party, Person, Figure, Event, Coalition],
  // Dates written without a time are days in Kyzylorda, not in UTC.
  date: { timezone: 'Asia/Qyzylorda' },
  markdown: (builder) => configureMarkdown(builder),
  disableImportAliasWarning: true,
  // The defaults skip a bad file with a warning; a press office must be stopped instead.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
