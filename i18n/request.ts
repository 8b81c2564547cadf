import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { SITE_TIME_ZONE } from '@/lib/format/dates';
import { routing } from './routing';

/*
 * The language of a page is its root param (app/[locale]): pages stay prerendered without passing
 * it around. Route handlers, which have no root params yet, name their locale when they ask.
 */
export default getRequestConfig(async ({ locale: requested }) => {
  const candidate = requested ?? (await rootLocale());
  const locale = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    timeZone: SITE_TIME_ZONE,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
