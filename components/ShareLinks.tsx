import { useLocale, useTranslations } from 'next-intl';
import { pageUrl } from '@/lib/seo/site-url';
import { shareLinks } from '@/lib/seo/share-links';
import { formStyles } from '@/components/form/styles';

/**
 * "Share": links to the messengers and networks residents use, and the page's address in a field to
 * select and copy (no script: a long press or a triple click selects it).
 */
export function ShareLinks({ title, href }: { title: string; href: string }) {
  const t = useTranslations('Share');
  const locale = useLocale();
  const url = pageUrl(locale, href);
  return (
    <section aria-labelledby="share-title" className="no-print mt-10 border-t border-line pt-6">
      <h2 id="share-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2">
        {shareLinks(title, url, t('email')).map((link) => (
          <li key={link.key}>
            <a href={link.href} rel="noopener" data-share={link.key} className="inline-flex min-h-11 items-center">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
      <label htmlFor="share-address" className={`mt-4 ${formStyles.label}`}>
        {t('address')}
      </label>
      <input id="share-address" type="text" readOnly value={url} className={`mt-2 ${formStyles.field}`} />
    </section>
  );
}
