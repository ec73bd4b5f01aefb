import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Role } from '@app/common';
import { driverPool, Tx } from '@app/database';
import { SessionChanges } from './session-changes';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** What an access token claims about its holder; a session is live only while all of it still holds. */
export interface SessionClaims {
  userId: string;
  familyId: string;
  role: Role;
  zoneId: string | null;
  authorityId: string | null;
}

export type RefreshClaim =
  | { userId: string; familyId: string }
  | { refused: 'unknown' | 'expired' | 'reused'; userId?: string; familyId?: string };

/**
 * The `refresh_tokens` table: one row per issued refresh token, grouped in families (one per
 * sign-in). Tokens are stored hashed. A family is live while one of its rows is not revoked.
 */
@Injectable()
export class SessionsRepository {
  constructor(
    private readonly txHost: Tx,
    private readonly dataSource: DataSource,
    private readonly changes: SessionChanges,
  ) {}

  async insert(row: { userId: string; familyId: string; token: string; ttlDays: number }): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [row.userId, row.familyId, sha256(row.token), row.ttlDays],
    );
  }

  /** Marks a live, unexpired, recently used token rotated; refused tokens say why. */
  async claim(token: string, idleMinutes: number): Promise<RefreshClaim> {
    const hash = sha256(token);
    const claimed = await this.txHost.tx.query(
      `UPDATE refresh_tokens SET rotated_at = now()
       WHERE token_hash = $1 AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         AND created_at > now() - make_interval(mins => $2)
       RETURNING user_id, family_id`,
      [hash, idleMinutes],
    );
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [row] = claimed[0] as { user_id: string; family_id: string }[];
    if (row) return { userId: row.user_id, familyId: row.family_id };
    const [known] = await this.txHost.tx.query(`SELECT user_id, family_id, rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = $1`, [hash]);
    if (!known) return { refused: 'unknown' };
    if (known.rotated_at || known.revoked_at) return { refused: 'reused', userId: known.user_id, familyId: known.family_id };
    return { refused: 'expired', userId: known.user_id, familyId: known.family_id };
  }

  async familyOf(token: string): Promise<{ userId: string; familyId: string } | null> {
    const [row] = await this.txHost.tx.query(`SELECT user_id, family_id FROM refresh_tokens WHERE token_hash = $1`, [sha256(token)]);
    return row ? { userId: row.user_id, familyId: row.family_id } : null;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  /** Every session of the account, on every device. */
  async revokeUser(userId: string): Promise<void> {
    await this.txHost.tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }

  /**
   * The check behind every authenticated request: the token's family is not revoked, and the
   * account still exists, is active and has the role, zone and authority the token was issued
   * with. Answered from this process's memory when the database has notified no change to the
   * account up to this request (SessionChanges), else by one indexed lookup outside any transaction.
   */
  async isLive(claims: SessionClaims): Promise<boolean> {
    const memory = this.changes.memory;
    if (memory.has(claims) && (await this.changes.caughtUp()) && memory.has(claims)) return true;
    const ticket = memory.ticket();
    // Straight to the driver's pool as a named (prepared) statement: PostgreSQL parses and plans
    // it once per connection, and TypeORM's query runner is skipped on this hottest of paths.
    const { rowCount } = await driverPool(this.dataSource)!.query({
      name: 'session_is_live',
      text: `SELECT 1 FROM refresh_tokens r JOIN users u ON u.id = r.user_id
             WHERE r.family_id = $1 AND r.user_id = $2 AND r.revoked_at IS NULL
               AND u.status = 'active' AND u.role = $3
               AND u.zone_id IS NOT DISTINCT FROM $4 AND u.authority_id IS NOT DISTINCT FROM $5
             LIMIT 1`,
      values: [claims.familyId, claims.userId, claims.role, claims.zoneId, claims.authorityId],
    });
    const live = (rowCount ?? 0) > 0;
    if (live) memory.remember(claims, ticket);
    return live;
  }
}
