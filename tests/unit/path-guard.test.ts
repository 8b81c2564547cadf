import { describe, expect, it } from 'vitest';
import { classifyPath, localeOfPath, MAX_PATH_LENGTH } from '@/lib/path-guard';

const known = new Set(['/kk', '/ru/news', '/kk/news/qyzylordada-koalitsiya-quryldy']);
const classify = (path: string) => classifyPath(path, (p) => known.has(p));

describe('classifyPath', () => {
  it('passes known pages', () => {
    expect(classify('/kk')).toBe('page');
    expect(classify('/kk/news/qyzylordada-koalitsiya-quryldy')).toBe('page');
  });

  it('leaves files and generated images to Next', () => {
    expect(classify('/sitemap.xml')).toBe('asset');
    expect(classify('/kk/feed.xml')).toBe('asset');
    expect(classify('/kk/news/qyzylordada-koalitsiya-quryldy/opengraph-image')).toBe('asset');
  });

  it('answers unknown paths with 404', () => {
    expect(classify('/kk/news/nope')).toBe('not-found');
    expect(classify('/en')).toBe('not-found');
    expect(classify('/ru/news/page/999')).toBe('not-found');
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
