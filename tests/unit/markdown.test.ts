import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/content/markdown';

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

describe('raw HTML in markdown', () => {
  it('never lets scripts, event handlers, javascript: links or iframes through', async () => {
    const html = await renderMarkdown(
      [
        'Алдыңғы абзац.',
        '<script>alert("x")</script>',
        '<img src="/images/a.jpg" alt="сурет" onerror="alert(1)">',
        '[сілтеме](javascript:alert(1)) және <a href="javascript:alert(2)">басу</a>',
        '<iframe src="https://example.com"></iframe>',
        '<p onclick="alert(3)" style="color:red">Қалған мәтін.</p>',
        'Соңғы абзац.',
      ].join('\n\n'),
    );
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|style=/i);
    expect(html).toContain('Алдыңғы абзац.');
    expect(html).toContain('<img src="/images/a.jpg" alt="сурет">');
    expect(html).toContain('Қалған мәтін.');
    expect(html).toContain('Соңғы абзац.');
  });

  it('keeps ordinary markdown: tables, links, lists, quotes, emphasis', async () => {
    const html = await renderMarkdown(
      [
        '| Форма | Саны |',
        '| --- | --- |',
        '| Кездесу | 1 |',
        '',
        '- бір',
        '- екі',
        '',
        '1. бірінші',
        '',
        '> Дәйексөз',
        '',
        '[Коалиция](/kk/coalition) мен [сайт](https://example.kz), **қалың**, _көлбеу_.',
      ].join('\n'),
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Кездесу</td>');
    expect(html).toContain('<ul>\n<li>бір</li>');
    expect(html).toContain('<ol>\n<li>бірінші</li>');
    expect(html).toContain('<blockquote>');
    expect(html).toContain('<a href="/kk/coalition">Коалиция</a>');
    expect(html).toContain('<a href="https://example.kz">сайт</a>');
    expect(html).toContain('<strong>қалың</strong>');
    expect(html).toContain('<em>көлбеу</em>');
  });
});
