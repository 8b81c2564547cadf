import { useLocale, useTranslations } from 'next-intl';
import { path } from '@/lib/site/routes';
import { Link } from '@/i18n/navigation';
import kk from '@/messages/kk.json';
import { LanguageSwitch } from './LanguageSwitch';
import { MainNav } from './MainNav';
import { SearchForm } from './SearchForm';

/**
 * The site's name, the language switch, search and the menu; `href` is the page's path without the
 * locale. `template`: a page filled per request (lib/frames), whose language switch the request sets;
 * `home`: a page without a counterpart, whose switch goes to the other language's home page.
 */
export function SiteHeader({
  href,
  template = false,
  home = false,
}: {
  href: string;
  template?: boolean;
  home?: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <header className="no-print">
      <div className="bg-brand-dark text-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-1.5">
          <p className="text-sm">{t('Site.kind')}</p>
          <LanguageSwitch href={href} slot={template} home={home} />
        </div>
      </div>
      <div className="border-b border-line bg-wash">
        <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-5 md:flex-row md:items-center md:justify-between md:gap-8">
          <Link href={path('/')} className="block text-ink no-underline">
            <span className="block text-lg font-bold leading-snug text-brand-dark sm:text-2xl">{t('Site.name')}</span>
            {/* The name is a Kazakh slogan: Russian readers see the original beside the translation. */}
            {locale !== 'kk' && (
              <span lang="kk" className="mt-1 block text-sm text-muted sm:text-base">
                {kk.Site.name}
              </span>
            )}
          </Link>
          {/* The search page has its own search box at the top: one box, not two. */}
          {href !== path('/search') && (
            <div className="md:w-80 md:shrink-0">
              <SearchForm id="site-search" landmark />
            </div>
          )}
        </div>
        <MainNav />
      </div>
    </header>
  );
}
