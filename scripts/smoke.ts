// npm run smoke -- <changed files…>: after `npm run build`, the pages a content change touches, served by
// `next start` on a free port: each page of a changed entry in each of its languages answers 200 with the
// entry's title or name in it, a removed entry's page answers 404, and the home page and the sitemap
// answer. The content-only path of .github/workflows/site.yml runs it on the files a pull request changes.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { localePath } from '@/i18n/routing';
import { type KindKey, kindList } from '@/lib/content/kinds';
import { readContent } from '@/lib/content/read';
import { buildSiteContent } from '@/lib/content/validate';
import { stopGroup, waitFor } from '@/lib/deploy/processes';
import { contentDir } from '@/lib/env';
import { siteAddresses } from '@/lib/site/addresses';
import { path, type Route } from '@/lib/site/routes';
import { freePorts } from '../tests/ports';

const changed = process.argv.slice(2).filter((f) => f.startsWith(`${contentDir()}/`));
const read = await readContent(contentDir());
const content = buildSiteContent(read.raw);
const addresses = siteAddresses(content);

type Check = { address: string; status: number; text?: string };
const checks: Check[] = [
  { address: '/kk', status: 200 },
  { address: '/ru', status: 200 },
  { address: '/sitemap.xml', status: 200 },
];

/** The entry of a changed file, if it is one: its kind and its id. */
function entryOf(file: string): { kind: KindKey; id: string } | undefined {
  const rel = file.slice(contentDir().length + 1);
  for (const kind of kindList) {
    const doc = read.raw[kind.key].find((d) => d._raw.sourceFilePath === rel);
    if (doc) return { kind: kind.key, id: String(doc.slug ?? doc.id ?? kind.key) };
  }
  return undefined;
}

const titleOf = (entry: Record<string, unknown>, locale: 'kk' | 'ru'): string | undefined => {
  const value = entry.title ?? entry.name;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return (value as Record<string, string>)[locale];
  return undefined;
};

for (const file of changed) {
  const found = entryOf(file);
  if (!found) {
    // A removed entry: its page is gone (an article's folder, or a data file's name).
    const id = /\/([a-z0-9-]+)(?:\/index\.[a-z]+\.md|\.ya?ml)$/.exec(file)?.[1];
    const kind = kindList.find((k) => file.startsWith(`${contentDir()}/${k.files.dir}/`));
    if (!existsSync(file) && id && kind?.page) {
      const href = (path as (r: Route, p: unknown) => string)(
        kind.page.route,
        kind.files.translated ? { slug: id } : { id },
      );
      for (const locale of ['kk', 'ru'] as const) checks.push({ address: localePath(locale, href), status: 404 });
    }
    continue;
  }
  const kind = kindList.find((k) => k.key === found.kind)!;
  const entries = (content[found.kind] as Record<string, unknown>[]).filter((e) => kind.id(e) === found.id);
  if (!kind.page) continue;
  for (const entry of entries) {
    const href = (path as (r: Route, p: unknown) => string)(kind.page.route, kind.page.params(entry as never));
    const served = addresses.find((a) => a.href === href);
    for (const locale of served ? [...served.locales, ...(served.borrowedIn ?? [])] : []) {
      const own = typeof entry.locale !== 'string' || entry.locale === locale;
      checks.push({ address: localePath(locale, href), status: 200, text: own ? titleOf(entry, locale) : undefined });
    }
  }
}

const port = await freePorts(1);
const server: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
  detached: true,
  stdio: 'ignore',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
let failed = 0;
try {
  await waitFor(`http://127.0.0.1:${port}/kk`);
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.address)) continue;
    seen.add(check.address);
    const response = await fetch(`http://127.0.0.1:${port}${encodeURI(check.address)}`, { redirect: 'manual' });
    const body = await response.text();
    const escaped = check.text
      ?.replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
    const ok = response.status === check.status && (!escaped || body.includes(escaped));
    if (!ok) failed += 1;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${response.status} ${check.address}${check.text ? ` «${check.text}»` : ''}`);
  }
} finally {
  stopGroup(server);
}
console.log(`${checks.length} addresses, ${failed} failed.`);
if (failed > 0) process.exit(1);
