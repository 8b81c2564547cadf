import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { siteUrl } from '@/lib/site-url';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx (and in app/not-found.tsx), where the
// language is known, so that every page carries the right `lang`.
export const metadata: Metadata = { metadataBase: siteUrl() };

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
