import { getSiteContent } from '@/lib/content/queries';
import { absoluteUrl } from '@/lib/seo/site-url';
import { decapConfig } from './decap-config';
import { entryChoices, entryNames } from './entry-choices';
import { editorWords } from './editor-words';

/*
 * The web editor's files that follow the content (app/admin/[file]/route.ts): its configuration, whose
 * drop-downs offer the published entries, and the words of its previews. Made with each build (and on
 * each request in `npm run dev`, so a new article is offered once its check has passed).
 */
export const editorFiles = {
  'config.json': () => decapConfig({ choices: entryChoices(entryNames(getSiteContent())), siteUrl: absoluteUrl('/') }),
  'words.json': () => editorWords(getSiteContent()),
};

export const isEditorFile = (name: string): name is keyof typeof editorFiles => Object.hasOwn(editorFiles, name);
