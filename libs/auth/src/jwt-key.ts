import { createSecretKey, KeyObject } from 'node:crypto';

const keys = new Map<string, KeyObject>();

/**
 * The HS256 secret as a KeyObject, built once per process. Handed a string, jsonwebtoken first
 * tries `createPublicKey()` on it for every token it signs or verifies (a third of the CPU of a
 * light authenticated request); a secret KeyObject skips that.
 */
export function jwtSecretKey(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}
