import { useTranslations } from 'next-intl';

export function SkipLink() {
  const t = useTranslations('Nav');
  return (
    <a
      href="#main"
      className="sr-only z-50 bg-ink px-4 py-3 font-semibold text-white focus:not-sr-only focus:fixed focus:start-2 focus:top-2"
    >
      {t('skipToContent')}
    </a>
  );
}
