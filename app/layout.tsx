import type { ReactNode } from 'react';
import './globals.css';

// The <html> element lives in app/[locale]/layout.tsx (and in app/not-found.tsx), where the
// language is known, so that every page carries the right `lang`.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
