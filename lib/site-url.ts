/**
 * The site's public origin, from SITE_URL (e.g. https://koalitsiya-qyzylorda.kz). Every URL in
 * metadata, sitemaps, feeds and calendars is built from it, so they are absolute and agree.
 */
export function siteUrl(): URL {
  const raw = process.env.SITE_URL?.trim() || `http://localhost:${process.env.PORT ?? '3000'}`;
  const url = new URL(raw);
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url;
}

export function absoluteUrl(path: string): string {
  const base = siteUrl();
  const prefix = base.pathname === '/' ? '' : base.pathname;
  return new URL(`${prefix}${path}`, base.origin).toString();
}
