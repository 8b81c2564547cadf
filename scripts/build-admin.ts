// The web editor at /admin (README: the web editor): Decap CMS's browser bundle copied from its
// package into public/admin/decap/ (served from this origin, no CDN), and its configuration, made
// from the content types (lib/cms/decap-config.ts), as public/admin/config.json; the preview's date
// words as public/admin/dates.json.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { backendFromEnv } from '@/lib/cms/backend';
import { env } from '@/lib/env';
import { decapConfig } from '@/lib/cms/decap-config';
import { previewDates } from '@/lib/cms/preview-dates';

const source = 'node_modules/decap-cms/dist';
const target = 'public/admin/decap';
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// The package holds two builds of the same editor; the page loads decap-cms.js, which loads its chunks.
const files = readdirSync(source).filter((name) => /(^|\.)decap-cms\.js$|\.wasm$/.test(name));
for (const name of files) cpSync(join(source, name), join(target, name));
writeFileSync('public/admin/config.json', `${JSON.stringify(decapConfig(), null, 2)}\n`);
writeFileSync('public/admin/dates.json', `${JSON.stringify(previewDates(), null, 2)}\n`);
console.log(`Web editor: Decap CMS (${files.length} files) and its configuration in public/admin/`);
if (!env().CMS_REPO) {
  console.warn(
    `Web editor: CMS_REPO is not set; the editor will save to ${backendFromEnv().repo} (README: the web editor).`,
  );
}
