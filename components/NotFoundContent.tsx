import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { path } from '@/lib/site/routes';

export function NotFoundContent() {
  const t = useTranslations('NotFound');
  return (
    <>
      <p className="text-sm font-semibold tracking-wide text-muted">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 text-lg">{t('text')}</p>
      <ul className="mt-8 space-y-3">
        <li>
          <Link href={path('/')} className="font-semibold">
            {t('home')}
          </Link>
        </li>
        <li>
          <Link href={path('/news')} className="font-semibold">
            {t('news')}
          </Link>
        </li>
      </ul>
    </>
  );
}
