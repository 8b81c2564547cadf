/** @jsxImportSource hastscript */
import { element } from '@/lib/markup';
import type { Element, ElementContent } from 'hast';

/*
 * An item of a list: a line of what and when, a heading that links to the page, a line or two of its
 * text, and a thumbnail beside it where it has a photo. The news lists (components/ArticleCard.tsx)
 * and the search results (lib/search/results-html.tsx) both draw it here (JSX of hastscript's runtime:
 * lib/markup.ts says why).
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

/** The item's heading, at the level the list asks for (a JSX tag is named statically). */
const heading = (level: 'h2' | 'h3', lang: string | undefined, link: Element): Element => ({
  ...element(
    <h2 lang={lang} className="mt-1 text-xl font-semibold leading-snug">
      {link}
    </h2>,
  ),
  tagName: level,
});

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
  return element(
    <article className="flex items-start gap-4 border-b border-line py-6 first:pt-0 last:border-b-0">
      <div className="min-w-0 flex-1">
        <p className="text-sm text-muted">
          {joined(meta)}
          {badge ? (
            <span className="ms-2 rounded border border-line px-1.5 py-0.5" lang={badge.lang}>
              {badge.text}
            </span>
          ) : undefined}
        </p>
        {heading(
          headingLevel,
          lang,
          element(
            <a href={href} className="text-ink hover:text-brand">
              {title.map(toNode)}
            </a>,
          ),
        )}
        {text && text.length > 0 ? (
          <p lang={lang} className="mt-2 text-muted">
            {text.map(toNode)}
          </p>
        ) : undefined}
      </div>
      {/* The heading beside it says what the page is: the thumbnail adds nothing to read. */}
      {thumbnail}
    </article>,
  );
}

/** A day as the lists show it: `<time>` with the ISO date. */
export const timeElement = (isoDay: string, text: string): Element => element(<time dateTime={isoDay}>{text}</time>);
