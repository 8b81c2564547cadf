import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { inEveryLocale, routing } from '@/i18n/routing';
import { pageUrl } from '@/lib/seo/site-url';
import { path } from '@/lib/site/routes';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = () => inEveryLocale();

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The OpenSearch description each page links to (<link rel="search">): a browser can then search this
 * site from its address bar, landing on /{locale}/search.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/opensearch.xml'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const t = await getTranslations({ locale, namespace: 'Search' });
  const template = `${pageUrl(locale, path('/search'))}?q={searchTerms}`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escape(t('openSearchName'))}</ShortName>
  <Description>${escape(t('description'))}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>${locale}</Language>
  <Url type="text/html" method="get" template="${escape(template)}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
}
