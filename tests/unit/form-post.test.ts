import { describe, expect, it } from 'vitest';
import { crossSite } from '@/lib/http/form-post';

const post = (headers: Record<string, string>) =>
  new Request('http://127.0.0.1:3001/kk/feedback/send', { method: 'POST', headers });

describe('a form POST from another site', () => {
  it('is told apart by the address the browser reached, port included (nginx passes it as X-Forwarded-Host)', () => {
    expect(
      crossSite(post({ origin: 'http://localhost:3000', host: 'localhost', 'x-forwarded-host': 'localhost:3000' })),
    ).toBe(false);
    expect(
      crossSite(post({ origin: 'http://localhost:3000', host: 'localhost', 'x-forwarded-host': 'localhost:4000' })),
    ).toBe(true);
    expect(
      crossSite(post({ origin: 'http://evil.example:3000', host: 'localhost', 'x-forwarded-host': 'localhost:3000' })),
    ).toBe(true);
  });

  it('reads the Host alone when nothing forwarded it (next start)', () => {
    expect(crossSite(post({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }))).toBe(false);
    expect(crossSite(post({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3001' }))).toBe(true);
  });

  it('takes a default port written out or left out as the same address', () => {
    expect(crossSite(post({ origin: 'https://example.kz', 'x-forwarded-host': 'example.kz:443' }))).toBe(false);
    expect(crossSite(post({ origin: 'https://example.kz', 'x-forwarded-host': 'example.kz' }))).toBe(false);
    expect(crossSite(post({ origin: 'https://example.kz', 'x-forwarded-host': 'example.kz:8443' }))).toBe(true);
  });

  it('lets a request without an Origin (or "null") through, and refuses one it cannot read', () => {
    expect(crossSite(post({ host: 'localhost' }))).toBe(false);
    expect(crossSite(post({ origin: 'null', host: 'localhost' }))).toBe(false);
    expect(crossSite(post({ origin: 'not a url', host: 'localhost' }))).toBe(true);
    expect(crossSite(post({ origin: 'http://localhost:3000', 'x-forwarded-host': 'localhost:evil' }))).toBe(true);
  });
});
