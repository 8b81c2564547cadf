import { NextIntlClientProvider } from 'next-intl';
import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';
import { SkipLink } from './SkipLink';

/** The page frame shared by every page, including the 404 pages. */
export function Document({ locale, children }: { locale: string; children: ReactNode }) {
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        {/* Client leaves need only the locale; messages stay on the server. */}
        <NextIntlClientProvider messages={null}>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
