import type { Metadata } from 'next';
import { path } from '@/lib/site/routes';
import { getTranslations } from 'next-intl/server';
import { NotFoundContent } from '@/components/NotFoundContent';
import { Page } from '@/components/Page';

/** The localized 404 page: every unknown path is answered with it (lib/http/not-found.ts). */
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default function PageNotFound() {
  // Served at whatever address was wrong: its other language is the home page.
  return (
    <Page href={path('/')} width="message">
      <NotFoundContent />
    </Page>
  );
}
