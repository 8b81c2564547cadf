import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/markdown';

describe('markdown pipeline', () => {
  it('numbers the top-level paragraphs for stable anchors', async () => {
    const html = await renderMarkdown('Бірінші.\n\n## Тақырып\n\nЕкінші.\n\n> Дәйексөз\n\nҮшінші.');
    expect(html).toContain('<p id="p-1">Бірінші.</p>');
    expect(html).toContain('<p id="p-2">Екінші.</p>');
    expect(html).toContain('<p id="p-3">Үшінші.</p>');
    expect(html).toContain('<blockquote>\n<p>Дәйексөз</p>');
  });

  it('ignores frontmatter', async () => {
    const html = await renderMarkdown("---\ntitle: 'x'\n---\n\nМәтін");
    expect(html).toBe('<p id="p-1">Мәтін</p>');
  });
});
