import type { ReactNode } from 'react';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

/** Breadcrumbs, the one h1 of the page and an optional lead paragraph. */
export function PageIntro({
  crumbs,
  href,
  title,
  children,
}: {
  crumbs: Crumb[];
  /** This page's path without the locale, for the breadcrumb trail. */
  href: string;
  title: string;
  children?: ReactNode;
}) {
  return (
    <header>
      <Breadcrumbs items={crumbs} current={{ href, label: title }} />
      <h1 className="mt-4 text-3xl font-bold leading-tight">{title}</h1>
      {children && <div className="mt-3 max-w-3xl text-lg text-muted">{children}</div>}
    </header>
  );
}
