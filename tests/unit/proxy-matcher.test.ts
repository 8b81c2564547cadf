import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { config } from '@/proxy';

// Next reads the matcher without running proxy.ts, so it must be a literal and names the locales
// itself. What the proxy does where it runs is tested end to end (tests/e2e/*.http.spec.ts).
describe("the proxy's matcher", () => {
  it('leaves out exactly the locales of i18n/routing.ts', () => {
    const outsideLocales = config.matcher.find((m) => typeof m === 'string' && m.includes('(?!_next/'));
    const excluded = [...String(outsideLocales).matchAll(/\|(\w+)\(\?:\/\|\$\)/g)].map((m) => m[1]);
    expect(excluded).toEqual([...routing.locales]);
  });

  it('runs on every request with a header next start cannot answer alone', () => {
    const keys = config.matcher.flatMap((m) =>
      typeof m === 'object' && m.source === '/:path*' ? m.has.map((h) => h.key) : [],
    );
    expect(keys).toEqual(['range', 'if-range', 'if-match', 'if-unmodified-since']);
  });
});
