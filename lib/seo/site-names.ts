import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import kk from '@/messages/kk.json';
import type { SiteNames } from './structured-data';

export async function siteNames(locale: Locale): Promise<SiteNames> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return { name: t('name'), shortName: t('shortName'), description: t('description'), originalName: kk.Site.name };
}
