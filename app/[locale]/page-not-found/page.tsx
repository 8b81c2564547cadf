import type { Metadata } from 'next';
import { path } from '@/lib/site/routes';
import { getLocale, getTranslations } from 'next-intl/server';
import { titleWithSite } from '@/lib/seo/metadata';
import { shareCard } from '@/lib/seo/share-cards';
import { NotFoundContent } from '@/components/NotFoundContent';
import { Page } from '@/components/Page';

/** The localized 404 page: every unknown path is answered with it (lib/http/not-found.ts). */
export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations('NotFound');
  const site = await getTranslations('Site');
  const title = titleWithSite(t('title'), site('shortName'));
  // Not indexed, and no address of its own to name: shared, a broken link shows the site's card.
  const card = await shareCard(locale, '/page-not-found', {}, site('shortName'));
  return {
    title,
    description: t('text'),
    robots: { index: false, follow: true },
    openGraph: { title, description: t('text'), images: [card] },
    twitter: { card: 'summary_large_image', title, images: [{ url: card.url, alt: card.alt }] },
  };
}

export default function PageNotFound() {
  // Served at whatever address was wrong: its other language is the home page.
  return (
    <Page href={path('/')} width="message" home>
      <NotFoundContent />
    </Page>
  );
}
