import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor, AppError } from '@app/common';
import { AppConfig } from '@app/config';
import type { User } from '@app/users';

export interface AccessClaims {
  sub: string;
  role: Actor['role'];
  zone: string | null;
  auth: string | null;
  /** Refresh-token family: one per login, revoked as a whole on logout or reuse. */
  sid: string;
}

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/**
 * Short-lived JWT access tokens and rotating refresh tokens. Refresh tokens are stored hashed;
 * presenting one that was already rotated revokes its whole family (a stolen token was used).
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async issue(m: EntityManager, user: User, familyId: string = randomUUID()) {
    if (!user.role) throw new AppError('forbidden', 'auth.no_role', '账号尚未授予角色，请联系安全管理员');
    const refreshToken = randomBytes(32).toString('base64url');
    await m.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`,
      [user.id, familyId, sha256(refreshToken), this.config.REFRESH_TOKEN_TTL_DAYS],
    );
    const claims: AccessClaims = { sub: user.id, role: user.role, zone: user.zoneId, auth: user.authorityId, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' as const };
  }

  /**
   * Claims a refresh token for rotation. Returns the user id and family, or why it was refused;
   * `reused` means the token had been rotated or revoked before.
   */
  async claim(m: EntityManager, refreshToken: string): Promise<{ userId: string; familyId: string } | { refused: 'unknown' | 'expired' | 'reused'; userId?: string; familyId?: string }> {
    const hash = sha256(refreshToken);
    const claimed = await m.query(
      `UPDATE refresh_tokens SET rotated_at = now()
       WHERE token_hash = $1 AND rotated_at IS NULL AND revoked_at IS NULL AND expires_at > now()
         AND created_at > now() - make_interval(mins => $2)
       RETURNING user_id, family_id`,
      [hash, this.config.SESSION_IDLE_MINUTES],
    );
    // TypeORM answers an UPDATE with [rows, rowCount].
    const [row] = claimed[0] as { user_id: string; family_id: string }[];
    if (row) return { userId: row.user_id, familyId: row.family_id };
    const [known] = await m.query(`SELECT user_id, family_id, expires_at, rotated_at, revoked_at FROM refresh_tokens WHERE token_hash = $1`, [hash]);
    if (!known) return { refused: 'unknown' };
    if (known.rotated_at || known.revoked_at) return { refused: 'reused', userId: known.user_id, familyId: known.family_id };
    return { refused: 'expired', userId: known.user_id, familyId: known.family_id };
  }

  async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [familyId]);
  }

  async familyOf(m: EntityManager, refreshToken: string): Promise<{ userId: string; familyId: string } | null> {
    const [row] = await m.query(`SELECT user_id, family_id FROM refresh_tokens WHERE token_hash = $1`, [sha256(refreshToken)]);
    return row ? { userId: row.user_id, familyId: row.family_id } : null;
  }
}
