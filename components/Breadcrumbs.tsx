import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { pageUrl } from '@/lib/seo/site-url';
import { breadcrumbList } from '@/lib/seo/structured-data';
import { JsonLd } from './JsonLd';

export type Crumb = { href: string; label: string };

/** The trail to the current page, visible and as schema.org BreadcrumbList. */
export function Breadcrumbs({ items, current }: { items: Crumb[]; current: Crumb }) {
  const t = useTranslations('Article');
  const locale = useLocale();
  return (
    <>
      {/* On paper the trail gives way to the page's address. */}
      <p className="hidden text-sm print:block">{pageUrl(locale, current.href)}</p>
      <nav aria-label={t('breadcrumb')} className="no-print text-sm">
        <ol className="flex flex-wrap items-center gap-x-2 text-muted">
          {items.map((item) => (
            <li key={item.href} className="flex items-center gap-x-2">
              <Link href={item.href} className="inline-flex min-h-6 items-center">
                {item.label}
              </Link>
              <span aria-hidden="true">›</span>
            </li>
          ))}
          <li aria-current="page" className="line-clamp-1 max-w-full">
            {current.label}
          </li>
        </ol>
        <JsonLd data={breadcrumbList(locale, [...items, current])} />
      </nav>
    </>
  );
}
