import type { Element, ElementContent, Root } from 'hast';

/*
 * Markup the site writes outside React (the templates shared with the search results, the pages filled
 * per request, the inbox's views) is JSX whose runtime is hastscript's (`@jsxImportSource hastscript`
 * at the top of the file): each tag makes a hast node, which React renders on prerendered pages
 * (components/Hast.tsx) and hast-util-to-html serializes, escaping every value, on pages filled per
 * request. JSX's type is hastscript's `Element | Root`; these say which one a tag made.
 */

type Made = Element | Root;

/** A tag's node as the element it is. */
export const element = (made: Made): Element => made as Element;

/** A fragment's nodes (`<>…</>` makes a root), or one element, as a list of contents. */
export const contents = (made: Made): ElementContent[] =>
  made.type === 'root' ? (made.children as ElementContent[]) : [made];
