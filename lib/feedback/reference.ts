import { randomBytes } from 'node:crypto';

/*
 * A submission's reference number, as the resident is shown it: 60 random bits in Crockford's base 32
 * (no I, L, O or U to misread), in three groups: "K7QM-2XDA-9PTB". Not guessable: holding it is what
 * lets a resident see their message acknowledged and ask for it to be deleted.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newReference(): string {
  let bits = 0n;
  for (const byte of randomBytes(8)) bits = (bits << 8n) | BigInt(byte);
  let text = '';
  for (let i = 0; i < 12; i++) text += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

/** Cyrillic capitals that look like the Latin ones, as a Kazakh or Russian keyboard types them. */
const LOOK_ALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
};

/**
 * A reference as typed or pasted: any case, with or without dashes (any kind) and spaces, Cyrillic
 * look-alikes for Latin letters, O for 0, I or L for 1.
 */
export function readReference(typed: string): string | undefined {
  const plain = typed
    .toUpperCase()
    .replace(/[\s\u2010-\u2015\u2212-]/g, '')
    .replace(/[АВЕКМНОРСТХ]/g, (c) => LOOK_ALIKES[c]!)
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (!/^[0-9A-HJKMNP-TV-Z]{12}$/.test(plain)) return undefined;
  return `${plain.slice(0, 4)}-${plain.slice(4, 8)}-${plain.slice(8)}`;
}
