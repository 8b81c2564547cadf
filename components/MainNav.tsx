import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';

export function MainNav() {
  const t = useTranslations('Nav');
  const items = [
    { href: '/', label: t('home') },
    { href: '/news', label: t('news') },
    { href: '/coalition', label: t('coalition') },
    { href: '/people', label: t('people') },
    { href: '/parties', label: t('parties') },
    { href: '/events', label: t('events') },
  ] as const;
  return (
    <nav aria-label={t('label')} className="border-t border-line bg-paper">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              className="inline-flex min-h-11 items-center px-2 font-semibold text-ink no-underline hover:text-brand hover:underline"
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
