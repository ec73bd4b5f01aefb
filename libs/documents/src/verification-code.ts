import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;
const LENGTH = GROUPS * GROUP_LENGTH;

/**
 * A fresh verification code: 16 characters = 80 random bits, printed as XXXX-XXXX-XXXX-XXXX.
 * Unguessable (2^80 codes) rather than derived from the document, so knowing a reference or an
 * id tells nothing about its code.
 */
export function newVerificationCode(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return formatVerificationCode(out);
}

/**
 * The canonical form of a code as someone typed it: upper case, separators dropped, the letters
 * Crockford maps (O → 0, I/L → 1) mapped; `null` when it cannot be a code at all.
 */
export function normaliseVerificationCode(input: string): string | null {
  const plain = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (plain.length !== LENGTH || [...plain].some((ch) => !ALPHABET.includes(ch))) return null;
  return formatVerificationCode(plain);
}

function formatVerificationCode(plain: string): string {
  const groups: string[] = [];
  for (let i = 0; i < LENGTH; i += GROUP_LENGTH) groups.push(plain.slice(i, i + GROUP_LENGTH));
  return groups.join('-');
}

export const VERIFICATION_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;
