import { expect, test } from '@playwright/test';

// The web editor at /admin has its own, looser policy (docs/web-editor.md); nothing else may.

test("every page of the sitemap keeps the site's strict Content-Security-Policy", async ({ request, baseURL }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
  expect(pages.length).toBeGreaterThan(20);
  // The site's policy (hardening.http.spec.ts holds it to its directives): nothing from elsewhere,
  // nothing inline but hashed styles (the pages' stylesheet, the error page's).
  const strict = (await request.get('/kk')).headers()['content-security-policy'] ?? '';
  expect(strict).toMatch(/^default-src 'self'; script-src 'self'; style-src 'self'( 'sha256-[^']+'){2}; /);
  expect(strict).not.toMatch(/unsafe|https?:|blob:/);
  for (const path of [...pages, '/kk/no-such-page', '/kk/search?q=коалиция']) {
    const response = await request.get(new URL(path, baseURL).toString());
    expect(response.headers()['content-security-policy'], path).toBe(strict);
  }
});

test('the editor is never indexed, never in the sitemap, never framed, and loads nothing from a CDN', async ({
  request,
}) => {
  for (const path of ['/admin', '/admin/']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const h = response.headers();
    expect(h['x-robots-tag'], path).toBe('noindex, nofollow');
    expect(h['cache-control'], path).toBe('no-store');
    const csp = h['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toMatch(/script-src 'self' 'unsafe-eval'(;|$)/);
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(h['x-frame-options'], path).toBe('DENY');
    const html = await response.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map(([, src]) => src!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src, 'served from this origin').toMatch(/^\/admin\//);
      expect((await request.get(src)).status(), src).toBe(200);
    }
  }
  const config = await (await request.get('/admin/config.json')).json();
  expect(config.publish_mode).toBe('editorial_workflow');
  expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/admin');
});
