import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { inEveryLocale, localePath, routing } from '@/i18n/routing';
import kk from '@/messages/kk.json';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

/** The web manifest of each language (linked from its pages): the site's names, colours and icons. */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/site.webmanifest'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Site' });
  const manifest = {
    id: localePath(locale, path('/')),
    lang: locale,
    dir: 'ltr',
    // The coalition's name is Kazakh: the Russian manifest gives it beside the Russian.
    name: locale === 'kk' ? t('shortName') : `${t('shortName')} · ${kk.Site.shortName}`,
    short_name: t('appName'),
    description: t('description'),
    start_url: localePath(locale, path('/')),
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#083a66',
    icons: [
      { src: '/icon.svg', type: 'image/svg+xml', sizes: 'any' },
      { src: '/icon-192.png', type: 'image/png', sizes: '192x192' },
      { src: '/icon-512.png', type: 'image/png', sizes: '512x512' },
      { src: '/icon-maskable-512.png', type: 'image/png', sizes: '512x512', purpose: 'maskable' },
    ],
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
