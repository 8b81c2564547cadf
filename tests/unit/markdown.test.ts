import { describe, expect, it } from 'vitest';
import { renderMarkdown as render } from '@/lib/content/markdown';
import type { Photo } from '@/lib/photos/variants';

const renderMarkdown = async (markdown: string) => (await render(markdown)).html;

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

describe('photos in markdown', () => {
  const photo: Photo = { hash: '0123456789abcdef', width: 1600, height: 1200, widths: [360, 720, 1080, 1440, 1600] };
  const lookup = (url: string, docPath: string) =>
    url === 'zal.jpg' && docPath === 'news/a/index.kk.md' ? photo : undefined;

  it('become figures with their credit as caption, and are not numbered among the paragraphs', async () => {
    const { html, photos } = await render(
      ['Бірінші.', '![Залдағы тұрғындар](zal.jpg)', 'Сурет: баспасөз қызметі', 'Екінші.'].join('\n\n'),
      { sourceFilePath: 'news/a/index.kk.md', photos: lookup },
    );
    expect(html).toContain('<p id="p-1">Бірінші.</p>');
    expect(html).toContain('<p id="p-2">Екінші.</p>');
    expect(html).not.toContain('id="p-3"');
    expect(html).toMatch(
      /<figure class="photo"><picture>.*<\/picture><figcaption>Сурет: баспасөз қызметі<\/figcaption><\/figure>/s,
    );
    expect(photos).toEqual([{ url: 'zal.jpg', alt: 'Залдағы тұрғындар', credit: 'Сурет: баспасөз қызметі', line: 3 }]);
  });

  it('are served as AVIF and WebP variants with JPEG for the rest, with their size, loaded when near', async () => {
    const { html } = await render('![Зал](zal.jpg)\nФото: пресс-служба', {
      sourceFilePath: 'news/a/index.kk.md',
      photos: lookup,
    });
    expect(html).toContain('<source type="image/avif" srcset="/photos/0123456789abcdef-360.avif 360w,');
    expect(html).toContain('<source type="image/webp"');
    expect(html).toContain('src="/photos/0123456789abcdef-1080.jpg"');
    expect(html).toContain('width="1600" height="1200" alt="Зал" decoding="async" loading="lazy"');
    expect(html).toContain('<figcaption>Фото: пресс-служба</figcaption>');
  });

  it('are read with spaces and upper-case extensions in their file names, as phones name them', async () => {
    const { html, photos } = await render(
      '![Жиын](WhatsApp Image 2026-03-01 at 10.15.32.JPG)\n\nСурет: баспасөз қызметі',
    );
    expect(html).not.toContain('![');
    expect(photos.map((p) => p.url)).toEqual(['WhatsApp Image 2026-03-01 at 10.15.32.JPG']);
  });

  it('leave an image inside text as it is', async () => {
    const { html, photos } = await render('Мәтін ![белгі](/images/b.png) мәтін.');
    expect(html).toContain('<p id="p-1">Мәтін <img');
    expect(photos).toEqual([]);
  });
});
