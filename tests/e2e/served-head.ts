import { expect, type APIRequestContext } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/**
 * A page as a search engine or a link preview reads it: the HTML as served (200), parsed the way a
 * browser parses it, without running anything: its head, its JSON-LD, and the text of its elements.
 */
export async function servedHead(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const tree = fromHtml(await response.text());
  const head = select('head', tree)!;
  const value = (element: Element | undefined, name: 'content' | 'href') => {
    const found = element?.properties[name];
    return found === undefined || found === null ? undefined : String(found);
  };
  return {
    title: toString(select('title', head) ?? { type: 'text', value: '' }),
    meta: (attribute: 'name' | 'property', key: string) =>
      value(select(`meta[${attribute}="${key}"]`, head), 'content'),
    link: (selector: string) => value(select(selector, head), 'href'),
    /** The text of the first element the selector finds, undefined if none. */
    text: (selector: string) => {
      const found = select(selector, tree);
      return found ? toString(found) : undefined;
    },
    jsonLd: selectAll('script[type="application/ld+json"]', tree).map(
      (script) => JSON.parse(toString(script)) as Record<string, unknown>,
    ),
  };
}
