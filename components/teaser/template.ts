import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';

/*
 * An item of a list: a line of what and when, a heading that links to the page, a line or two of its
 * text, and a thumbnail beside it where it has a photo. The news lists (components/ArticleCard.tsx)
 * and the search results (lib/search/results-html.ts) both draw it here.
 */

export type Inline = string | ElementContent;

export type TeaserOptions = {
  /** The page's address, with its language. */
  href: string;
  title: Inline[];
  headingLevel?: 'h2' | 'h3';
  /** What it is and when: kinds, dates (`<time>`), joined with " · ". */
  meta: Inline[];
  /** A mark beside the meta line: "in the other language". */
  badge?: { text: string; lang?: string };
  /** The summary, or the passage of the text that matched. */
  text?: Inline[];
  /** The language of the title and text, where it is not the page's. */
  lang?: string;
  thumbnail?: Element;
};

const joined = (parts: Inline[]): ElementContent[] =>
  parts.flatMap((part, i) => (i === 0 ? [toNode(part)] : [{ type: 'text', value: ' · ' } as const, toNode(part)]));
const toNode = (part: Inline): ElementContent => (typeof part === 'string' ? { type: 'text', value: part } : part);

export function teaser({
  href,
  title,
  headingLevel = 'h2',
  meta,
  badge,
  text,
  lang,
  thumbnail,
}: TeaserOptions): Element {
  return h('article', { className: 'flex items-start gap-4 border-b border-line py-6 first:pt-0 last:border-b-0' }, [
    h('div', { className: 'min-w-0 flex-1' }, [
      h('p', { className: 'text-sm text-muted' }, [
        ...joined(meta),
        ...(badge
          ? [h('span', { className: 'ms-2 rounded border border-line px-1.5 py-0.5', lang: badge.lang }, badge.text)]
          : []),
      ]),
      h(headingLevel, { lang, className: 'mt-1 text-xl font-semibold leading-snug' }, [
        h('a', { href, className: 'text-ink hover:text-brand' }, title.map(toNode)),
      ]),
      ...(text && text.length > 0 ? [h('p', { lang, className: 'mt-2 text-muted' }, text.map(toNode))] : []),
    ]),
    // The heading beside it says what the page is: the thumbnail adds nothing to read.
    ...(thumbnail ? [thumbnail] : []),
  ]);
}

/** A day as the lists show it: `<time>` with the ISO date. */
export const timeElement = (isoDay: string, text: string): Element => h('time', { dateTime: isoDay }, text);
