import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { searchSlots, type SearchSlot, type SearchTemplate } from '@/lib/search/template';

type Found = { start: number; end: number } & (
  { slot: 'title'; text: string } | { slot: SearchSlot; element: Element }
);

const isSlot = (value: unknown): value is SearchSlot => searchSlots.includes(value as SearchSlot);

/** A copy of a hast node without source positions and without its slot mark. */
function detached<T extends RootContent>(node: T): T {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === 'position' || key === 'dataSearchSlot' ? undefined : value)),
  ) as T;
}

/**
 * The search template page's HTML (app/[locale]/search/template) cut at its `<title>` and at the
 * elements it marks with `data-search-slot`: everything between them stays byte for byte as built.
 */
export function extractSearchTemplate(html: string): SearchTemplate {
  const found: Found[] = [];
  const visit = (node: Root | RootContent) => {
    if (
      node.type === 'element' &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
      const slot = node.properties.dataSearchSlot;
      if (node.tagName === 'title') {
        const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        found.push({ start, end, slot: 'title', text });
        return;
      }
      if (isSlot(slot)) {
        found.push({ start, end, slot, element: detached(node) });
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  const missing = ['title', ...searchSlots].filter((slot) => !found.some((f) => f.slot === slot));
  if (missing.length > 0) throw new Error(`The search template has no ${missing.join(', ')} slot`);

  const parts: SearchTemplate = [];
  let at = 0;
  for (const { start, end, ...part } of found.sort((a, b) => a.start - b.start)) {
    parts.push(html.slice(at, start), part);
    at = end;
  }
  parts.push(html.slice(at));
  return parts;
}
