import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';

/**
 * A path outside /kk and /ru, so no locale to take from it: a small 404 in both languages, Kazakh
 * first. It names its locales explicitly: Next renders this boundary into every page's tree, so
 * it must not set the request locale the pages rely on.
 */
export default async function RootNotFound() {
  const variants = await Promise.all(
    routing.locales.map(async (locale) => ({
      locale,
      t: await getTranslations({ locale, namespace: 'NotFound' }),
      site: await getTranslations({ locale, namespace: 'Site' }),
    })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body className="min-h-dvh bg-wash">
        <main className="mx-auto max-w-3xl space-y-12 px-4 py-16">
          {variants.map(({ locale, t, site }, index) => (
            <section key={locale} lang={locale} aria-labelledby={`not-found-${locale}`}>
              <p className="text-sm font-semibold text-muted">404 · {site('kind')}</p>
              {index === 0 ? (
                <h1 id={`not-found-${locale}`} className="mt-2 text-3xl font-bold">
                  {t('title')}
                </h1>
              ) : (
                <h2 id={`not-found-${locale}`} className="mt-2 text-3xl font-bold">
                  {t('title')}
                </h2>
              )}
              <p className="mt-4 text-lg">{t('text')}</p>
              <p className="mt-4">
                <a href={`/${locale}`} hrefLang={locale} className="font-semibold">
                  {t('home')}
                </a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
