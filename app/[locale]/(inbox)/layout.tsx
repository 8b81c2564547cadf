import type { Metadata } from 'next';
import type { ReactNode } from 'react';

/*
 * The press office's inbox (docs/inbox.md): pages drawn per request for one signed-in person, with
 * React's client runtime under a policy whose nonce is this request's (proxy.ts), never indexed, never
 * kept by a browser or a cache (next.config.ts: its headers). Each page draws the site's frame and
 * the inbox's bar itself (lib/inbox/frame.tsx).
 */

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function InboxLayout({ children }: { children: ReactNode }) {
  return children;
}
