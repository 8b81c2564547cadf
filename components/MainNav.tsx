import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { mainNav } from '@/lib/site/navigation';

export function MainNav() {
  const t = useTranslations('Nav');
  return (
    <nav aria-label={t('label')} className="border-t border-line bg-paper">
      <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-1 px-2">
        {mainNav.map((item) => (
          <li key={item.route}>
            <Link
              href={item.route}
              className="inline-flex min-h-11 items-center px-2 font-semibold text-ink no-underline hover:text-brand hover:underline"
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
