import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';

/*
 * The HTML-only step (docs/decisions.md, pages ship as HTML): takes Next's client runtime out of a
 * prerendered page. The page is parsed as a tree; what is removed is cut out of the text at the
 * tree's own positions, so every other byte stays as Next wrote it. A page that would lose content
 * without the runtime (a Suspense boundary still streaming, content hidden for the runtime to move)
 * is refused instead.
 */

export type HtmlOnly = { html: string; problems: string[]; styles: string[] };

/**
 * The stylesheet a page links, put inside it (docs/decisions.md, first paint in one round trip): the HTML alone
 * paints the page, with no second round trip for a render-blocking file. `read` gives the text of a
 * file of the build by its address.
 */
function inlineStylesheet(node: Element, read: (href: string) => string): string | undefined {
  const rel = node.properties.rel;
  const href = node.properties.href;
  if (node.tagName !== 'link' || !Array.isArray(rel) || !rel.includes('stylesheet') || typeof href !== 'string') return;
  if (!href.startsWith('/_next/static/')) return;
  const css = read(href).trim();
  // Inside <style> the text is raw: only its end tag could end it early.
  if (/<\/style/i.test(css)) throw new Error(`${href} holds "</style" and cannot be put inside the page`);
  return css;
}

function isJsonLd(node: Element): boolean {
  return node.properties.type === 'application/ld+json';
}

/** `<script>` (but JSON-LD data), `<link rel="modulepreload">` and `<link as="script">`. */
function isRuntime(node: Element): boolean {
  if (node.tagName === 'script') return !isJsonLd(node);
  if (node.tagName !== 'link') return false;
  const rel = node.properties.rel;
  return (Array.isArray(rel) && rel.includes('modulepreload')) || node.properties.as === 'script';
}

export function htmlOnly(html: string, read?: (href: string) => string): HtmlOnly {
  const tree: Root = fromHtml(html);
  const cuts: [number, number, string][] = [];
  const styles: string[] = [];
  const problems: string[] = [];
  // Each node: true when it is cut out (or refused), and what it holds is not looked at again.
  const cut = (node: Nodes): boolean => {
    if (node.type === 'comment' && (node.value === '$?' || node.value === '$!')) {
      problems.push('a Suspense boundary is not complete in the HTML: its content would arrive only by script');
    }
    if (node.type !== 'element') return false;
    if (node.tagName === 'template') {
      problems.push('a <template> holds content that only a script would show');
      return true;
    }
    // A page filled per request (lib/frames) shows its hidden slot when the server fills it.
    const filledByServer = node.properties.dataSlot !== undefined;
    if (
      node.properties.hidden !== undefined &&
      node.properties.hidden !== false &&
      !filledByServer &&
      toString(node).trim() !== ''
    ) {
      problems.push(`a hidden <${node.tagName}> holds content that only a script would move into the page`);
      return true;
    }
    const css = read && inlineStylesheet(node, read);
    if (css) styles.push(css);
    if (!css && !isRuntime(node)) return false;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) throw new Error(`no position for <${node.tagName}>`);
    cuts.push([start, end, css ? `<style>${css}</style>` : '']);
    return true;
  };
  visit(tree, (node: Nodes) => (cut(node) ? SKIP : CONTINUE));
  let out = '';
  let from = 0;
  for (const [start, end, replacement] of cuts.sort((a, b) => a[0] - b[0])) {
    out += html.slice(from, start) + replacement;
    from = end;
  }
  return { html: out + html.slice(from), problems, styles };
}
