'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/i18n/navigation';
import { otherLocale } from '@/i18n/routing';

/**
 * A plain link to the same page in the other language: prerendered into the HTML, so it works
 * without JavaScript. It is a client leaf only because the layout does not know the path.
 */
export function LanguageSwitcher({ label, longLabel }: { label: string; longLabel: string }) {
  const target = otherLocale(useLocale());
  const pathname = usePathname();
  // The 404 page is served at whatever address was wrong: its other language is the home page.
  const href = pathname === '/page-not-found' ? '/' : pathname;
  return (
    <Link
      href={href}
      locale={target}
      hrefLang={target}
      lang={target}
      title={longLabel}
      className="inline-flex min-h-11 items-center rounded border border-white/60 px-3 text-sm font-semibold text-white no-underline hover:bg-white/10"
    >
      {label}
    </Link>
  );
}
