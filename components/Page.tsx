import type { ReactNode } from 'react';
import { DevProblems } from './DevProblems';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

/** Every page's column starts where the header's does (max-w-5xl); a reading page is narrower within it. */
const widths = {
  /** Reading width: articles, lists, detail pages. */
  text: 'max-w-3xl',
  /** Grids of cards: home, coalition, people, parties. */
  wide: '',
  /** A short message: the 404 page. */
  message: 'max-w-3xl py-8',
} as const;

/**
 * The frame of every page: header (with the language switch to this page), main content, footer.
 * `href` is the page's path without the locale; the other language's link points there.
 */
export function Page({
  href,
  width = 'text',
  template = false,
  home = false,
  children,
}: {
  href: string;
  width?: keyof typeof widths;
  /** A page filled per request (lib/frames): its language switch is a slot. */
  template?: boolean;
  /** A page without a counterpart in the other language (the 404 page): its switch goes home. */
  home?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <DevProblems />
      <SiteHeader href={href} template={template} home={home} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <div className="mx-auto max-w-5xl px-4 py-8">
          <div className={widths[width]}>{children}</div>
        </div>
      </main>
      <SiteFooter />
    </>
  );
}
