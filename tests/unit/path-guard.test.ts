import { describe, expect, it } from 'vitest';
import { classifyPath, localeOfPath, MAX_PATH_LENGTH } from '@/lib/http/path-guard';

const classify = classifyPath;

describe('classifyPath', () => {
  it('leaves file names to Next', () => {
    expect(classify('/sitemap.xml')).toBe('file');
    expect(classify('/data/figures.json')).toBe('file');
    expect(classify('/fonts/noto-sans-latin.woff2')).toBe('file');
  });

  it("leaves the web editor's page to Next, and nothing under a similar name", () => {
    expect(classify('/admin')).toBe('file');
    expect(classify('/admin/')).toBe('file');
    expect(classify('/administration')).toBe('not-found');
  });

  it('answers other paths with 404', () => {
    expect(classify('/en')).toBe('not-found');
    expect(classify('/about-us')).toBe('not-found');
    expect(classify('/ru/news/%F0%9F%98%80')).toBe('not-found');
  });

  it.each([
    '/kk/news/%E0%A4%A',
    '/kk/news/%',
    '/%C0%AF',
    '/kk/news/..%2F..%2Fetc%2Fpasswd',
    '/kk/%2e%2e/%2e%2e/etc/passwd',
    '/kk/news/%00',
    '/kk/news/a%5Cb',
    `/kk/${'a'.repeat(MAX_PATH_LENGTH)}`,
  ])('rejects hostile input %s with 400', (path) => {
    expect(classify(path)).toBe('bad-request');
  });
});

describe('localeOfPath', () => {
  it('reads the first segment', () => {
    expect(localeOfPath('/ru/news')).toBe('ru');
    expect(localeOfPath('/kk')).toBe('kk');
    expect(localeOfPath('/kkk')).toBeUndefined();
    expect(localeOfPath('/')).toBeUndefined();
  });
});
