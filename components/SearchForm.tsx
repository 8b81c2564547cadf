import { useLocale, useTranslations } from 'next-intl';
import { getPathname } from '@/i18n/navigation';
import { path } from '@/lib/site/routes';

/**
 * A plain GET form to /{locale}/search: it works without JavaScript. In the header of every page
 * (`landmark`), and at the top of the search page, where its field is the template's query slot.
 */
export function SearchForm({ id, landmark = false, slot = false }: { id: string; landmark?: boolean; slot?: boolean }) {
  const t = useTranslations('Search');
  const locale = useLocale();
  return (
    <form
      // The header's, and the search page's own (where the header has none): the page's search landmark.
      role={landmark || slot ? 'search' : undefined}
      aria-label={landmark || slot ? t('label') : undefined}
      action={getPathname({ href: path('/search'), locale })}
      method="get"
      className="w-full"
    >
      <label htmlFor={id} className={landmark ? 'sr-only' : 'mb-2 block font-semibold'}>
        {t('label')}
      </label>
      <div className="flex">
        <input
          id={id}
          type="search"
          name="q"
          defaultValue=""
          data-slot={slot ? 'query' : undefined}
          enterKeyHint="search"
          autoComplete="off"
          // A visible hint of what can be searched; the label stays the field's name.
          placeholder={t('placeholder')}
          className="min-h-11 w-full min-w-0 rounded-s border border-e-0 border-muted bg-paper px-3 text-base text-ink placeholder:text-muted"
        />
        <button
          type="submit"
          className="min-h-11 shrink-0 rounded-e bg-brand px-4 font-semibold text-white hover:bg-brand-dark"
        >
          {t('button')}
        </button>
      </div>
    </form>
  );
}
