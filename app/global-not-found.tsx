import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { localePath, routing } from '@/i18n/routing';
import './globals.css';
import { path } from '@/lib/site/routes';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'NotFound' });
  const ru = await getTranslations({ locale: 'ru', namespace: 'NotFound' });
  return {
    title: `${t('title')} · ${ru('title')}`,
    description: `${t('text')} ${ru('text')}`,
    robots: { index: false },
  };
}

/**
 * What Next answers for a path that no route matches and that the proxy left to it (a file name
 * outside the locales, such as /wp-login.php): a small 404 in both languages, Kazakh first, since the
 * address names no language.
 */
export default async function GlobalNotFound() {
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
                <a href={localePath(locale, path('/'))} hrefLang={locale} className="font-semibold">
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
