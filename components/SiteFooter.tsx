import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { path } from '@/lib/site/routes';

export function SiteFooter() {
  const t = useTranslations();
  return (
    <footer className="no-print mt-16 border-t border-line bg-wash">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm text-muted">
        <p className="font-semibold text-ink">{t('Site.name')}</p>
        <p>
          {t('Site.kind')}. {t('Site.founded')}.
        </p>
        <p>{t('Footer.languages')}</p>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          <Link href={path('/contact')}>{t('Footer.contact')}</Link>
          <Link href={path('/feedback')}>{t('Feedback.askLink')}</Link>
          <Link href={path('/questions')}>{t('Footer.questions')}</Link>
          <Link href={path('/topics')}>{t('Footer.topics')}</Link>
        </p>
      </div>
    </footer>
  );
}
