import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
import { configureMarkdown } from './lib/markdown';

/**
 * An article translation: content/news/<slug>/<locale>.md. The folder is the slug shared by the
 * translations; the file name is the locale. Both are checked against the app's rules in
 * lib/content.ts, which is the only reader of the generated data.
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
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileDir.split('/').at(-1) ?? '' },
    locale: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
  },
}));

export default makeSource({
  contentDirPath: 'content',
  contentDirInclude: ['news'],
  documentTypes: [News],
  // Dates written without a time are days in Kyzylorda, not in UTC.
  date: { timezone: 'Asia/Qyzylorda' },
  markdown: (builder) => configureMarkdown(builder),
  // The defaults skip a bad file with a warning; a press office must be stopped instead.
  disableImportAliasWarning: true,
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
