import { type Locale, routing } from '@/i18n/routing';

/**
 * The supported locale the browser prefers most, by Accept-Language q-values; the default
 * (Kazakh) when nothing matches. "ru-RU" matches "ru"; "*" matches the default.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return routing.defaultLocale;
  const ranges = acceptLanguage
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((r) => r.tag && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === '*') return routing.defaultLocale;
    const primary = tag.split('-')[0];
    const match = routing.locales.find((locale) => locale === primary);
    if (match) return match;
  }
  return routing.defaultLocale;
}
