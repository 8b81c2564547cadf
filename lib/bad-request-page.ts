import type { Locale } from '@/i18n/routing';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import { badRequestStyle } from './bad-request-style';

const messages = { kk, ru } as const;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Why a request is refused: a method the site does not serve, or an address no page can have. */
export type BadRequestReason = 'method' | 'address';

/**
 * The proxy's answer to a request it refuses (POST, OPTIONS…, or a malformed address): a small page
 * in the reader's language, since Next renders no page for these. Nothing from the request is
 * echoed back.
 */
export function badRequestPage(locale: Locale, reason: BadRequestReason): string {
  const m = messages[locale];
  return `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(
    m.BadRequest.title,
  )} — ${escape(m.Site.shortName)}</title><style>${badRequestStyle}</style></head><body><main><p>${escape(
    m.Site.kind,
  )}</p><h1>${escape(m.BadRequest.title)}</h1><p>${escape(m.BadRequest[reason])}</p><p><a href="/${locale}">${escape(m.NotFound.home)}</a></p></main></body></html>`;
}
