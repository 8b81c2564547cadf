import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export type Crumb = { href: string; label: string };

export function Breadcrumbs({ items, current }: { items: Crumb[]; current: string }) {
  const t = useTranslations('Article');
  return (
    <nav aria-label={t('breadcrumb')} className="no-print text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 text-muted">
        {items.map((item) => (
          <li key={item.href} className="flex items-center gap-x-2">
            <Link href={item.href}>{item.label}</Link>
            <span aria-hidden="true">›</span>
          </li>
        ))}
        <li aria-current="page" className="line-clamp-1 max-w-full">
          {current}
        </li>
      </ol>
    </nav>
  );
}
