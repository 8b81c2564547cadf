import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlOnly } from '@/lib/build/html-only';
import { clientComponents } from '@/lib/build/post-build';

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="kk"><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;

describe('the HTML-only step', () => {
  it("takes out Next's scripts and script preloads, and keeps every other byte", () => {
    const head =
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/><link rel="modulepreload" href="/b.js"/><script src="/_next/static/chunks/c.js" async=""></script>';
    const body =
      '<main id="main"><p>Мәтін &amp; <b>сөз</b></p></main><!--$--><!--/$--><script>self.__next_f.push([1,"x"])</script><script type="application/ld+json">{"@type":"Event"}</script>';
    expect(htmlOnly(page(body, head))).toEqual({
      html: page(
        '<main id="main"><p>Мәтін &amp; <b>сөз</b></p></main><!--$--><!--/$--><script type="application/ld+json">{"@type":"Event"}</script>',
      ),
      problems: [],
      styles: [],
    });
  });

  it('puts the stylesheet of the build inside the page, and refuses one that would end its <style> early', () => {
    const head = '<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>';
    const files: Record<string, string> = { '/_next/static/chunks/s.css': 'main{color:red}\n' };
    expect(htmlOnly(page('<main>Мәтін</main>', head), (href) => files[href]!)).toEqual({
      html: page('<main>Мәтін</main>', '<style>main{color:red}</style>'),
      problems: [],
      styles: ['main{color:red}'],
    });
    files['/_next/static/chunks/s.css'] = 'a::after{content:"</style><script>"}';
    expect(() => htmlOnly(page('', head), (href) => files[href]!)).toThrow(/cannot be put inside the page/);
  });

  it('refuses a page whose Suspense boundary is still streaming', () => {
    const body =
      '<!--$?--><template id="B:0"></template><p>Жүктелуде…</p><!--/$--><div hidden id="S:0"><p>Мәтін</p></div>';
    expect(htmlOnly(page(body)).problems).toEqual([
      expect.stringMatching(/Suspense boundary is not complete/),
      expect.stringMatching(/<template> holds content/),
      expect.stringMatching(/hidden <div> holds content/),
    ]);
  });

  it("accepts Next's empty hidden boundary for metadata", () => {
    expect(htmlOnly(page('<div hidden=""><!--$--><!--/$--></div><main>Мәтін</main>')).problems).toEqual([]);
  });
});

describe('client components', () => {
  it("are found by their 'use client' directive, after comments", () => {
    const dir = mkdtempSync(join(tmpdir(), 'client-'));
    try {
      mkdirSync(join(dir, 'components'));
      mkdirSync(join(dir, 'app'));
      writeFileSync(join(dir, 'components', 'Server.tsx'), "export function A() { return 'use client'; }\n");
      writeFileSync(join(dir, 'components', 'Client.tsx'), "// A counter.\n'use client';\nexport function B() {}\n");
      writeFileSync(join(dir, 'app', 'page.tsx'), '/* doc */\n"use client"\nexport default function P() {}\n');
      expect(clientComponents(dir).sort()).toEqual(['app/page.tsx', 'components/Client.tsx']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("are the inbox's forms alone in this site (its pages run the client runtime; public pages do not)", () => {
    expect(clientComponents(process.cwd())).toEqual(['lib/inbox/views/form.tsx']);
  });
});
