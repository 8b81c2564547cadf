import { makeSource } from 'contentlayer2/source-files';
import { documentTypes } from './lib/content/contentlayer';
import { DOCUMENTS_DIR } from './lib/content/documents';

// The checked documents the content step wrote (README: one reader), compiled into typed modules.
export default makeSource({
  contentDirPath: DOCUMENTS_DIR,
  documentTypes,
  disableImportAliasWarning: true,
  // The defaults skip a bad file with a warning; a document of the wrong shape must stop the build.
  onUnknownDocuments: 'fail',
  onMissingOrIncompatibleData: 'fail',
  onExtraFieldData: 'fail',
});
