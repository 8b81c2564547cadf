import type { Root, RootContent } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/**
 * A component's markup written once as hast (components/<name>/template.tsx, JSX of hastscript: lib/markup.ts), as React renders it on
 * the pages: the search results (a route handler, which cannot render React) use the same template.
 */
export function Hast({ tree }: { tree: RootContent | RootContent[] }) {
  const root: Root = { type: 'root', children: Array.isArray(tree) ? tree : [tree] };
  return toJsxRuntime(root, { Fragment, jsx, jsxs });
}
