import type { Metadata, Viewport } from 'next';
import { locale } from 'next/root-params';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { preload } from 'react-dom';
import { SkipLink } from '@/components/SkipLink';
import { inEveryLocale } from '@/i18n/routing';
import { siteUrl } from '@/lib/seo/site-url';
import fonts from '@/.generated/fonts.json';
import '../globals.css';

// Every path under a locale that no page has falls to the localized 404 (next.config.ts).
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: siteUrl(),
    icons: {
      icon: [
        { url: '/icon.svg', type: 'image/svg+xml' },
        { url: '/favicon.ico', sizes: '16x16 32x32 48x48' },
      ],
      apple: '/apple-touch-icon.png',
    },
    manifest: `/${await locale()}/site.webmanifest`,
  };
}

export const viewport: Viewport = { themeColor: '#083a66' };

/**
 * The root layout: the document in the page's language. Each page draws its frame (components/Page).
 * Every page has Latin, Cyrillic and Kazakh letters: their fonts are asked for with the page, so that
 * they usually arrive before the first paint (font-display: optional shows them only then: no reflow).
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  for (const file of Object.values(fonts)) {
    preload(file, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  }
  const lang = await locale();
  const t = await getTranslations('Search');
  return (
    <html lang={lang}>
      <body className="flex min-h-dvh flex-col">
        {/* React puts it in the head: browsers offer to search the site from the address bar. */}
        <link
          rel="search"
          type="application/opensearchdescription+xml"
          title={t('openSearchName')}
          href={`/${lang}/opensearch.xml`}
        />
        <SkipLink />
        {children}
      </body>
    </html>
  );
}
