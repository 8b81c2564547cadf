import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { type Locale, routing } from './routing';

/**
 * Every page calls this first: it rejects unknown locales and tells next-intl the locale, without
 * which next-intl reads request headers and the page silently stops being prerendered.
 */
export async function resolvePageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
