import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { pageMetadata } from './metadata';

/** Metadata of an inner page: its own title followed by the site's short name. */
export async function sectionMetadata(
  locale: Locale,
  href: string,
  title: string,
  description: string,
): Promise<Metadata> {
  const site = await getTranslations({ locale, namespace: 'Site' });
  return pageMetadata({
    locale,
    href,
    title: `${title} — ${site('shortName')}`,
    description,
    siteName: site('shortName'),
  });
}
