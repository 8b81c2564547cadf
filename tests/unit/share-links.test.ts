import { describe, expect, it } from 'vitest';
import { shareLinks } from '@/lib/seo/share-links';

describe('share links', () => {
  const url = 'https://koalitsiya.example.kz/kk/news/qyzylordada-koalitsiya-quryldy';
  const title = 'Қызылордада «коалиция» құрылды & т.б.';
  const links = shareLinks(title, url, 'Электрондық пошта');

  it('name the page by its title and canonical address, encoded, with nothing added', () => {
    expect(links.map((l) => l.key)).toEqual(['telegram', 'whatsapp', 'vk', 'facebook', 'x', 'email']);
    for (const link of links) {
      const decoded = decodeURIComponent(link.href);
      expect(decoded, link.key).toContain(url);
      expect(link.href, link.key).not.toMatch(/utm_|[?&]ref=/);
      // The title's spaces, quotes and "&" are encoded: it cannot end a parameter early.
      expect(link.href, link.key).not.toMatch(/[«» ]|&\s/u);
    }
    expect(decodeURIComponent(links[0]!.href)).toContain(title);
    expect(links[5]!.href.startsWith('mailto:?subject=')).toBe(true);
  });
});
