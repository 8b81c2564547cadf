/*
 * What every form POST of the site is checked for (residents' messages, the inbox): its size, read
 * without trusting Content-Length, and where it was sent from.
 */

/** A form's body as text, or undefined when it is longer than `limit` bytes (said or sent). */
export async function readBody(request: Request, limit: number): Promise<string | undefined> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit || !request.body) return declared > limit ? undefined : '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

/** A form posted from another site: refused (the page's own form sends this origin; "null" and none are let be). */
export function crossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== request.headers.get('host');
  } catch {
    return true;
  }
}
