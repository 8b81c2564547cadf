import { shareRoute } from '@/lib/seo/share-cards';

// The card this page is shared with (lib/seo/share-cards.ts).
export const dynamic = 'force-static';
export const { generateStaticParams, GET } = shareRoute('/reports/[id]/share.png');
