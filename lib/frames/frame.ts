import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';

/*
 * Pages filled per request (search results, the residents' form with its problems, the page that
 * shows a resident their reference number) are pages Next prerenders, with the request's values put
 * into their slots: Next cannot render a page per request without shipping its client runtime
 * (docs/decisions.md, search), and this way the header, footer, stylesheet and metadata stay Next's. The build
 * cuts each page at its `<title>` and at the elements it marks with `data-slot` (./extract.ts); each
 * request fills them, every value through hast-util-to-html, which escapes it.
 */

export type TemplatePart = string | { slot: 'title'; text: string } | { slot: string; element: Element };
export type PageTemplate = TemplatePart[];

export type Fill = {
  /** The page's title (or how to make it from the template's own); the template's own when left out. */
  title?: string | ((own: string) => string);
  /** Each slot's element as this request has it; a slot left out keeps the template's. */
  slots?: Record<string, (element: Element) => Element>;
};

export function fillTemplate(template: PageTemplate, { title, slots = {} }: Fill): string {
  return template
    .map((part) => {
      if (typeof part === 'string') return part;
      if (!('element' in part)) {
        const text = typeof title === 'function' ? title(part.text) : (title ?? part.text);
        return toHtml({ type: 'element', tagName: 'title', properties: {}, children: [{ type: 'text', value: text }] });
      }
      const fill = slots[part.slot];
      return toHtml(fill ? fill(part.element) : part.element);
    })
    .join('');
}
