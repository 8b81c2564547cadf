import { useLocale } from 'next-intl';
import { createNavigation } from 'next-intl/navigation';
import type { ComponentProps } from 'react';
import { type Locale, routing } from './routing';

export const { getPathname } = createNavigation(routing);

/**
 * A link to a page of the site: `href` is the path without the locale ("/news"), in this page's
 * language unless `locale` says otherwise. A plain `<a>`: pages ship without the client runtime
 * (README), so next/link's client-side navigation and prefetching would be dead weight.
 */
export function Link({
  href,
  locale,
  ...props
}: Omit<ComponentProps<'a'>, 'href'> & { href: string; locale?: Locale }) {
  const current = useLocale();
  return <a {...props} href={getPathname({ href, locale: locale ?? current })} />;
}
