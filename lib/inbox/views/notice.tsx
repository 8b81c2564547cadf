import type { ReactNode } from 'react';

/** A message above a page's content or a form's: done (`status`) or refused (`alert`). */
export function Notice({ kind = 'status', children }: { kind?: 'status' | 'alert'; children: ReactNode }) {
  const className =
    kind === 'alert'
      ? 'mt-6 rounded border-4 border-red-800 p-4 font-semibold'
      : 'mt-6 rounded border-4 border-brand p-4';
  return (
    <div role={kind} className={className}>
      {children}
    </div>
  );
}
