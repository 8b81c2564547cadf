import { useTranslations } from 'next-intl';

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
      </div>
    </footer>
  );
}
