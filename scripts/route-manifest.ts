// Writes .generated/routes.json: every page path the site serves. proxy.ts imports it to answer
// 404 (with the localized page) for anything else. Run after `contentlayer2 build`; importing
// lib/content also validates all content, so a bad file stops the build here with file and field.
import { mkdirSync, writeFileSync } from 'node:fs';
import { getSiteContent } from '@/lib/content';
import { sitePathsOf } from '@/lib/site-pages';

const paths = [...new Set(sitePathsOf(getSiteContent()))].sort();
mkdirSync('.generated', { recursive: true });
writeFileSync('.generated/routes.json', `${JSON.stringify(paths)}\n`);
console.log(`Route manifest: ${paths.length} pages`);
