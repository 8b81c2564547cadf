import { makeSource } from 'contentlayer2/source-files';
import { contentDirs, documentTypes } from './lib/content/contentlayer';
import { configureMarkdown } from './lib/content/markdown';
import { photoLookup } from './lib/photos/manifest';

export default makeSource({
  // CONTENT_DIR: another content folder (the tests' fixtures, the benchmark's generated articles).
  contentDirPath: process.env.CONTENT_DIR ?? 'content',
  contentDirInclude: contentDirs,
  documentTypes,
  // Photos become <picture> elements of the variants scripts/build-photos.ts made before this runs.
  markdown: (builder) => configureMarkdown(builder, { photos: photoLookup() }),
  disableImportAliasWarning: true,
  // The defaults skip a bad file with a warning; a press office must be stopped instead.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
