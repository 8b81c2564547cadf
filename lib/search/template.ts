import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';

/*
 * The results page is the search page Next prerenders (app/[locale]/search/template), with the
 * reader's query and results put into its slots: Next cannot render a page per request without
 * shipping its client runtime (README: search), and this way the header, footer, stylesheet and
 * metadata stay Next's. The build cuts the page at its slots (lib/build/search-template.ts); each
 * request fills them, every value through hast-util-to-html, which escapes it.
 */

/** What the template page marks with `data-search-slot`. */
export const searchSlots = ['query', 'switch', 'results'] as const;
export type SearchSlot = (typeof searchSlots)[number];

export type TemplatePart = string | { slot: 'title'; text: string } | { slot: SearchSlot; element: Element };

export type SearchTemplate = TemplatePart[];

export type TemplateValues = {
  title: string;
  /** The query, into the search field. */
  query: string;
  /** The same search in the other language. */
  switchHref: string;
  results: ElementContent[];
};

/** The page for one request; values left out keep the template's own (the empty search page). */
export function fillTemplate(template: SearchTemplate, values: Partial<TemplateValues>): string {
  return template
    .map((part) => {
      if (typeof part === 'string') return part;
      if (part.slot === 'title') {
        return toHtml({
          type: 'element',
          tagName: 'title',
          properties: {},
          children: [{ type: 'text', value: values.title ?? part.text }],
        });
      }
      const { element } = part;
      if (part.slot === 'query' && values.query !== undefined) {
        return toHtml({ ...element, properties: { ...element.properties, value: values.query } });
      }
      if (part.slot === 'switch' && values.switchHref !== undefined) {
        return toHtml({ ...element, properties: { ...element.properties, href: values.switchHref } });
      }
      if (part.slot === 'results' && values.results) return toHtml({ ...element, children: values.results });
      return toHtml(element);
    })
    .join('');
}
