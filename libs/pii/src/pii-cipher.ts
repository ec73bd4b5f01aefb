import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Personal data at rest (个人信息保护法): AES-256-GCM for the value, HMAC-SHA256 for a search key
 * that finds a row by phone or ID number without storing the number.
 */
export class PiiCipher {
  private readonly key: Buffer;
  private readonly hashKey: Buffer;

  constructor(encryptionKeyHex: string, hashKeyHex: string) {
    this.key = Buffer.from(encryptionKeyHex, 'hex');
    this.hashKey = Buffer.from(hashKeyHex, 'hex');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, body] = stored.split(':');
    if (version !== 'v1' || !iv || !tag || body === undefined) throw new Error('unknown PII cipher format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash of a normalised value, for equality search. */
  searchKey(value: string): string {
    return createHmac('sha256', this.hashKey).update(value.trim().toUpperCase()).digest('hex');
  }
}

/** `13812345678` → `138****5678` */
export function maskPhone(phone: string): string {
  return phone.length < 7 ? '*'.repeat(phone.length) : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** `310101199001011234` → `310***********1234` */
export function maskIdCard(id: string): string {
  return id.length < 7 ? '*'.repeat(id.length) : `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/** 18-digit resident identity card number with its ISO 7064 MOD 11-2 check digit. */
export function isValidIdCard(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17];
}
