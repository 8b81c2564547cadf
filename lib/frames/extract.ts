import type { RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { PageTemplate, TemplatePart } from './frame';

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
  for (const node of selectAll(
    ['head > title', ...slots.map((slot) => `[data-slot="${slot}"]`)].join(', '),
    fromHtml(html),
  )) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    // A slot inside another is part of it.
    if (found.some((f) => f.start <= start && end <= f.end)) continue;
    if (node.tagName === 'title') {
      found.push({ start, end, part: { slot: 'title', text: toString(node) } });
    } else {
      found.push({ start, end, part: { slot: String(node.properties.dataSlot), element: detached(node) } });
    }
  }
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
