// Runs after `next build`: takes the client runtime out of the prerendered HTML.
//
// Every page of this site is complete as HTML (links, the language switch, the skip link and the
// 404 page all work without JavaScript), so the runtime that Next.js adds — React, the router and
// each page's data again as inline scripts, ~150 KiB compressed — buys a resident on a phone
// nothing but a slower page. JSON-LD blocks (data for search engines) stay.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const app = join(process.env.NEXT_DIST_DIR ?? '.next', 'server', 'app');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

export function stripClientRuntime(html: string): string {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/g, (tag, attributes: string) =>
      /type="application\/ld\+json"/.test(attributes) ? tag : '',
    )
    .replace(/<link\b[^>]*\bas="script"[^>]*\/?>/g, '')
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*\/?>/g, '');
}

let before = 0;
let after = 0;
const files = htmlFiles(app);
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  const stripped = stripClientRuntime(html);
  before += Buffer.byteLength(html);
  after += Buffer.byteLength(stripped);
  if (stripped !== html) writeFileSync(file, stripped);
}
console.log(
  `HTML only: ${files.length} pages, ${(before / 2 ** 20).toFixed(1)} → ${(after / 2 ** 20).toFixed(1)} MiB without the client runtime`,
);
