import { hasLocale } from 'next-intl';
import type { NextRequest } from 'next/server';
import { otherLocale, routing } from '@/i18n/routing';
import { getSiteContent } from '@/lib/content/queries';
import { badRequestResponse } from '@/lib/http/bad-request-page';
import { cacheControl } from '@/lib/http/headers';
import { findSearchDocument } from '@/lib/search/documents';
import { getSearchIndexes } from '@/lib/search/load';
import { readSearchRequest } from '@/lib/search/query';
import { resultsContent, resultsTitle, searchHref } from '@/lib/search/results-html';
import { runSearch } from '@/lib/search/search-index';
import { titleWithSite } from '@/lib/seo/metadata';
import { siteNames } from '@/lib/seo/site-names';
import { getTemplate } from '@/lib/frames/load';
import { fillTemplate } from '@/lib/frames/frame';

// Rendered for each request (every other page is prerendered): docs/decisions.md, search.
export const dynamic = 'force-dynamic';

const headers = {
  'Content-Type': 'text/html; charset=utf-8',
  // Results change only with a build: a CDN may keep them a few minutes; no cookie is ever set.
  'Cache-Control': cacheControl.search,
  'X-Robots-Tag': 'noindex',
};

/** /{locale}/search?q=…&page=N: the search page with its results. */
export async function GET(request: NextRequest, { params }: RouteContext<'/[locale]/search'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const search = readSearchRequest(request.nextUrl.searchParams);
  if ('error' in search) return badRequestResponse(locale, 'searchPage');
  const template = await getTemplate('search', locale, request.nextUrl.origin);
  const { query, page } = search;
  if (query.text === '') return new Response(fillTemplate(template, {}), { headers });

  const outcome = runSearch(getSearchIndexes(), query, locale);
  const content = getSiteContent();
  const results = resultsContent({
    locale,
    query,
    outcome,
    page,
    documentOf: (hit) => findSearchDocument(content, hit.id),
  });
  const html = fillTemplate(template, {
    title: titleWithSite(resultsTitle(locale, query), (await siteNames(locale)).shortName),
    slots: {
      query: (input) => ({ ...input, properties: { ...input.properties, value: query.text } }),
      switch: (link) => ({
        ...link,
        properties: { ...link.properties, href: searchHref(otherLocale(locale), query.text) },
      }),
      results: (list) => ({ ...list, children: results }),
    },
  });
  return new Response(html, { headers });
}
