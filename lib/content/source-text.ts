const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** Anchor id of the n-th (1-based) top-level paragraph of an article body: how facts cite it. */
export function paragraphAnchor(n: number): string {
  return `p-${n}`;
}

export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of an HTML fragment as plain text: tags become spaces, entities their characters. */
export function plainText(html: string): string {
  return normalizeSpace(decodeEntities(html.replace(/<[^>]+>/g, ' ')));
}

/** The text of each block of an article body (paragraphs, headings, list items, captions), in order. */
export function blocksOf(html: string): string[] {
  return html
    .split(/<\/(?:p|h[1-6]|li|figcaption|blockquote|td|th)>/)
    .map(plainText)
    .filter((text) => text.length > 0);
}

/** The plain text of each numbered paragraph of an article body (1-based, as the anchors). */
export function paragraphsOf(html: string): Map<number, string> {
  const paragraphs = new Map<number, string>();
  const pattern = /<p id="p-(\d+)">([\s\S]*?)<\/p>/g;
  for (const match of html.matchAll(pattern)) {
    const [, n = '', inner = ''] = match;
    paragraphs.set(Number(n), normalizeSpace(decodeEntities(inner.replace(/<[^>]+>/g, ''))));
  }
  return paragraphs;
}

// Numbers the articles spell out in words, as word stems that cover the case forms ("пятью").
const numberStems: Record<number, { kk: string; ru: string }> = {
  1: { kk: 'бір', ru: 'од(ин|н)' },
  2: { kk: 'екі', ru: 'дв(а|е|ух|ум)' },
  3: { kk: 'үш', ru: 'тр(и|ех|ём|ем)' },
  4: { kk: 'төрт', ru: 'четыр' },
  5: { kk: 'бес', ru: 'пят' },
  6: { kk: 'алты', ru: 'шест' },
  7: { kk: 'жеті', ru: 'сем' },
  8: { kk: 'сегіз', ru: 'восьм' },
  9: { kk: 'тоғыз', ru: 'девят' },
  10: { kk: 'он', ru: 'десят' },
};

/** Whether a text states the number, in digits ("349", "200-ден") or, for small numbers, in words. */
export function statesNumber(text: string, value: number, locale: 'kk' | 'ru'): boolean {
  const compact = text.replace(/(\d)[\s\u00a0](?=\d{3}(?!\d))/g, '$1');
  if (new RegExp(`(?<![\\d.,])${value}(?!\\d|[.,]\\d)`, 'u').test(compact)) return true;
  const stem = numberStems[value]?.[locale];
  // A word-start check that, unlike \b, knows Cyrillic letters.
  return stem !== undefined && new RegExp(`(?<!\\p{L})${stem}`, 'iu').test(text);
}

/** Whether a text says "more than" (200-ден аса / 300-ден астам; более / свыше). */
export function saysMoreThan(text: string, locale: 'kk' | 'ru'): boolean {
  return locale === 'kk'
    ? /(ден|тен|нан|дан|тан|нен)\s+(аса|астам|артық)(?!\p{L})/iu.test(text)
    : /(?<!\p{L})(более|свыше|больше)(?!\p{L})/iu.test(text);
}
