import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { otherLocale } from '@/i18n/routing';

/**
 * A plain link to the same page in the other language (`href` is the page's path without the locale).
 * `slot`: the search template's, which each results page points at the same search. `home`: a page that
 * has no counterpart (the 404 page), whose link goes to the other language's home page and says so.
 */
export function LanguageSwitch({ href, slot = false, home = false }: { href: string; slot?: boolean; home?: boolean }) {
  const t = useTranslations('LanguageSwitcher');
  const target = otherLocale(useLocale());
  return (
    <Link
      href={href}
      locale={target}
      hrefLang={target}
      lang={target}
      data-slot={slot ? 'switch' : undefined}
      title={home ? t('switchToHome') : t('switchToLong')}
      className="inline-flex min-h-11 items-center rounded border border-white/60 px-3 text-sm font-semibold text-white no-underline hover:bg-white/10"
    >
      {t('switchTo')}
    </Link>
  );
}
