import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { PageTemplate, TemplatePart } from './page-template';

type Found = { start: number; end: number; part: Exclude<TemplatePart, string> };

/** A copy of a hast node without source positions and without its slot mark. */
function detached<T extends RootContent>(node: T): T {
  return JSON.parse(
    JSON.stringify(node, (key, value: unknown) => (key === 'position' || key === 'dataSlot' ? undefined : value)),
  ) as T;
}

/**
 * A template page's HTML cut at its `<title>` and at the elements it marks with `data-slot` (each of
 * `slots` once): everything between them stays byte for byte as built.
 */
export function extractTemplate(html: string, slots: readonly string[]): PageTemplate {
  const found: Found[] = [];
  const visit = (node: Root | RootContent) => {
    if (
      node.type === 'element' &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      const { start, end } = { start: node.position.start.offset, end: node.position.end.offset };
      const slot = node.properties.dataSlot;
      if (node.tagName === 'title') {
        const text = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
        found.push({ start, end, part: { slot: 'title', text } });
        return;
      }
      if (typeof slot === 'string' && slots.includes(slot)) {
        found.push({ start, end, part: { slot, element: detached(node) } });
        return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  const missing = ['title', ...slots].filter((slot) => !found.some((f) => f.part.slot === slot));
  if (missing.length > 0) throw new Error(`The template page has no ${missing.join(', ')} slot`);

  const parts: PageTemplate = [];
  let at = 0;
  for (const { start, end, part } of found.sort((a, b) => a.start - b.start)) {
    parts.push(html.slice(at, start), part);
    at = end;
  }
  parts.push(html.slice(at));
  return parts;
}
