import type { ReactNode } from 'react';

/** A titled part of a page: an h2 that also names the section for assistive technology. */
export function Section({
  id,
  title,
  children,
  className = 'mt-12',
}: {
  id: string;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
