import type { ReactNode } from 'react';
import { DevProblems } from './DevProblems';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

const widths = {
  /** Reading width: articles, lists, detail pages. */
  text: 'mx-auto max-w-3xl px-4 py-8',
  /** Grids of cards: home, coalition, people, parties. */
  wide: 'mx-auto max-w-5xl px-4 py-8',
  /** A short message: the 404 page. */
  message: 'mx-auto max-w-3xl px-4 py-16',
} as const;

/**
 * The frame of every page: header (with the language switch to this page), main content, footer.
 * `href` is the page's path without the locale; the other language's link points there.
 */
export function Page({
  href,
  width = 'text',
  template = false,
  children,
}: {
  href: string;
  width?: keyof typeof widths;
  /** A page filled per request (lib/templates): its language switch is a slot. */
  template?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <DevProblems />
      <SiteHeader href={href} template={template} />
      <main id="main" tabIndex={-1} className="flex-1 outline-none">
        <div className={widths[width]}>{children}</div>
      </main>
      <SiteFooter />
    </>
  );
}
