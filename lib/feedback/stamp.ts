import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '@/lib/db/schema';

/*
 * The stamp each form carries (docs/residents-messages.md): when the server sent it and a random name
 * of its own, signed with the site's key. A message sent back sooner than MIN_FILL_MS after its form
 * left, or with no stamp the site signed (a program posting straight to the address), is held for a
 * person to look at (lib/feedback/store.ts); the name tells a form sent twice (a double click, a
 * reload) from two residents' forms that carry the same text from one carrier address.
 */

export type Stamp = { at: number; id: string };

const sign = (key: string, body: string) => createHmac('sha256', key).update(body).digest('base64url').slice(0, 22);

/** The key stamps are signed with: the site's own, from its database (every node signs alike). */
export async function stampKey(db: Kysely<Database>): Promise<string> {
  const row = await db.selectFrom('settings').select('value').where('name', '=', 'client-hash-key').executeTakeFirst();
  if (!row) throw new Error('the site key is missing');
  // Its own key, derived: a stamp never shows anything of the key the addresses are hashed with.
  return createHmac('sha256', row.value).update('form stamps').digest('hex');
}

/** A new form's stamp: "<ms>.<name>.<signature>". */
export function newStamp(key: string, now = Date.now()): string {
  const body = `${now}.${randomBytes(12).toString('base64url')}`;
  return `${body}.${sign(key, body)}`;
}

/** A stamp as the form sent it back, if this site signed it. */
export function readStamp(key: string, sent: string): Stamp | undefined {
  const parts = /^(\d{13})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{22})$/.exec(sent);
  if (!parts) return undefined;
  const [, at, id, signature] = parts as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(key, `${at}.${id}`));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return undefined;
  return { at: Number(at), id };
}
