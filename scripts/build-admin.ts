// The web editor at /admin (docs/web-editor.md): Decap CMS's browser bundle copied from its
// package into public/admin/decap/ (served from this origin, no CDN), and the editor's set-up
// (lib/cms/editor) bundled into public/admin/editor.js. Its configuration and words follow the content
// and come with each build (app/admin/[file]/route.ts).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { backendFromEnv } from '@/lib/cms/backend';
import { env } from '@/lib/env';

const source = 'node_modules/decap-cms/dist';
const target = 'public/admin/decap';
// Copied again only when the package changed: npm run dev runs this often.
const version = JSON.parse(readFileSync('node_modules/decap-cms/package.json', 'utf8')).version as string;
const stamp = join(target, 'version.txt');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== version) {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  // The package holds two builds of the same editor; the page loads decap-cms.js, which loads its chunks.
  for (const name of readdirSync(source).filter((n) => /(^|\.)decap-cms\.js$|\.wasm$/.test(n)))
    cpSync(join(source, name), join(target, name));
  writeFileSync(stamp, version);
}

await build({
  entryPoints: ['lib/cms/editor/main.ts'],
  outfile: 'public/admin/editor.js',
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  tsconfig: 'tsconfig.json',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`Web editor: Decap CMS ${version} and its set-up (public/admin/editor.js)`);
if (!env().CMS_REPO) {
  console.warn(
    `Web editor: CMS_REPO is not set; the editor will save to ${backendFromEnv().repo} (docs/web-editor.md).`,
  );
}
