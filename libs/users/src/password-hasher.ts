import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended parameters (19 MiB, 2 passes). */
const OPTIONS = { algorithm: 2 /* Argon2id; the package's enum is an ambient const enum */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};

/** Verified against when an account does not exist, so a missing account costs the same time. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => (dummyHash ??= hashPassword('not-a-real-password-0!A'));

/**
 * Password hashing as a provider, so that login computes exactly one argon2 verification for
 * every attempt — an unknown account, a walk-in account nobody has claimed (no password yet) and
 * a real one alike — and a test can count them.
 */
@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hashPassword(password);
  }

  /** False for a missing or empty stored hash, after the same work as a real verification. */
  async verify(stored: string | null | undefined, password: string): Promise<boolean> {
    const matches = await this.argon2Verify(stored || (await dummyPasswordHash()), password);
    return !!stored && matches;
  }

  /** One argon2id verification: the cost every login attempt pays. */
  argon2Verify(hash: string, password: string): Promise<boolean> {
    return verifyPassword(hash, password);
  }
}
