import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

/** What a code proves: a phone for registration, or the owner of an account for 忘记密码. */
export type CodePurpose = 'register' | 'password_reset';

export interface PendingCode {
  id: string;
  code_hash: string;
  attempts: number;
}

/** `phone_verifications`: SMS codes for registration and 忘记密码, stored hashed, single-use, with an attempt count. */
@Injectable()
export class RegistrationCodesRepository {
  constructor(private readonly txHost: Tx) {}

  async insert(phoneHash: string, codeHash: string, ttlMinutes: number, purpose: CodePurpose): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO phone_verifications (phone_hash, code_hash, expires_at, purpose) VALUES ($1, $2, now() + make_interval(mins => $3), $4)`,
      [phoneHash, codeHash, ttlMinutes, purpose],
    );
  }

  /** The newest unexpired, unused code of a phone for this purpose, locked. */
  async latestForUpdate(phoneHash: string, purpose: CodePurpose): Promise<PendingCode | undefined> {
    const [row] = await this.txHost.tx.query(
      `SELECT id, code_hash, attempts FROM phone_verifications
       WHERE phone_hash = $1 AND purpose = $2 AND consumed_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [phoneHash, purpose],
    );
    return row;
  }

  async countAttempt(id: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE phone_verifications SET attempts = attempts + 1 WHERE id = $1`, [id]);
  }

  async consume(id: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE phone_verifications SET consumed_at = now() WHERE id = $1`, [id]);
  }
}
