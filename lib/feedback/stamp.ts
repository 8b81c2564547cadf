import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/*
 * The stamp each form carries (docs/residents-messages.md): when the server sent it and a random name
 * of its own, signed with the site's key (lib/feedback/keys.ts). A message sent back sooner than
 * MIN_FILL_MS after its form left, or with no stamp the site signed (a program posting straight to the
 * address), is held for a person to look at (lib/feedback/store.ts); the name tells a form sent twice
 * (a double click, a reload) from two residents' forms that carry the same text from one carrier address.
 */

export type Stamp = { at: number; id: string };

const sign = (key: string, body: string) => createHmac('sha256', key).update(body).digest('base64url').slice(0, 22);

/** A new form's stamp: "<ms>.<name>.<signature>". */
export function newStamp(key: string, now = Date.now()): string {
  const body = `${now}.${randomBytes(12).toString('base64url')}`;
  return `${body}.${sign(key, body)}`;
}

/** A stamp as the form sent it back, if this site signed it with one of its keys (now, or before a rotation). */
export function readStamp(keys: string[], sent: string): Stamp | undefined {
  const parts = /^(\d{13})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(sent);
  if (!parts) return undefined;
  const [, at, id, signature] = parts as unknown as [string, string, string, string];
  const signed = keys.some((key) => timingSafeEqual(Buffer.from(sign(key, `${at}.${id}`)), Buffer.from(signature)));
  return signed ? { at: Number(at), id } : undefined;
}
