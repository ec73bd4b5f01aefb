import { Injectable } from '@nestjs/common';
import { Tx } from '@app/database';

export interface StoredRequest {
  requestHash: string;
  response: unknown;
}

/** `idempotency_keys`: one row per user and key, written in the transaction of the request. */
@Injectable()
export class IdempotencyRepository {
  constructor(private readonly txHost: Tx) {}

  /**
   * Claims the key; undefined when it is new. Otherwise the earlier request (waiting, if it is
   * still running, until its transaction ends).
   */
  async claim(userId: string, key: string, requestHash: string): Promise<StoredRequest | undefined> {
    const claimed = await this.txHost.tx.query(
      `INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
      [userId, key, requestHash],
    );
    if (claimed.length) return undefined;
    const [row] = await this.txHost.tx.query(`SELECT request_hash, response, case_id FROM idempotency_keys WHERE user_id = $1 AND key = $2`, [userId, key]);
    // Keys stored before responses were kept answer with the case they filed.
    return { requestHash: row.request_hash, response: row.response ?? (row.case_id ? { id: row.case_id } : null) };
  }

  async remember(userId: string, key: string, response: unknown): Promise<void> {
    await this.txHost.tx.query(`UPDATE idempotency_keys SET response = $3 WHERE user_id = $1 AND key = $2`, [userId, key, JSON.stringify(response ?? null)]);
  }
}
