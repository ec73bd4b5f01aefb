import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes, randomUUID } from 'node:crypto';
import { Actor, ROLES } from '@app/common';
import { AppConfig } from '@app/config';
import { RefreshClaim, SessionsRepository } from '@app/sessions';
import type { User } from '@app/users';
import { AuthError, AuthErrorCode } from './auth.errors';

export interface AccessClaims {
  sub: string;
  role: Actor['role'];
  zone: string | null;
  auth: string | null;
  /** Refresh-token family: one per login, revoked as a whole on logout or reuse. */
  sid: string;
  /** Set by jsonwebtoken on signing; a token without them is refused. */
  exp?: number;
  iat?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Short-lived JWT access tokens and rotating refresh tokens. Refresh tokens are stored hashed;
 * presenting one that was already rotated revokes its whole family (a stolen token was used).
 */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly sessions: SessionsRepository,
  ) {}

  async issue(user: User, familyId: string = randomUUID()) {
    if (!user.role) throw new AuthError(AuthErrorCode.NoRole, '账号尚未授予角色，请联系安全管理员');
    const refreshToken = randomBytes(32).toString('base64url');
    await this.sessions.insert({ userId: user.id, familyId, token: refreshToken, ttlDays: this.config.REFRESH_TOKEN_TTL_DAYS });
    const claims: AccessClaims = { sub: user.id, role: user.role, zone: user.zoneId, auth: user.authorityId, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn: this.config.ACCESS_TOKEN_TTL_SECONDS, tokenType: 'Bearer' as const };
  }

  /**
   * The actor of a verified token while the session behind it is live, else null. Checked on
   * every request, so a logout, a revoked family, a disabled or deleted account, or a changed
   * role, zone or authority ends the token at once, in every api process.
   */
  async actorFor(claims: AccessClaims): Promise<Actor | null> {
    // jsonwebtoken checks `exp` only when it is there; a token that never expires is refused.
    if (typeof claims.exp !== 'number' || typeof claims.iat !== 'number') return null;
    if (typeof claims.sub !== 'string' || !UUID.test(claims.sub) || typeof claims.sid !== 'string' || !UUID.test(claims.sid)) return null;
    if (!ROLES.includes(claims.role)) return null;
    const actor: Actor = { userId: claims.sub, role: claims.role, zoneId: claims.zone ?? null, authorityId: claims.auth ?? null };
    const live = await this.sessions.isLive({ userId: actor.userId, familyId: claims.sid, role: actor.role, zoneId: actor.zoneId, authorityId: actor.authorityId });
    return live ? actor : null;
  }

  /** A raw access token (signature, algorithm, expiry, live session), for callers outside passport. */
  async verify(token: string): Promise<Actor | null> {
    let claims: AccessClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessClaims>(token);
    } catch {
      return null;
    }
    return this.actorFor(claims);
  }

  /**
   * Claims a refresh token for rotation. Returns the user id and family, or why it was refused;
   * `reused` means the token had been rotated or revoked before.
   */
  claim(refreshToken: string): Promise<RefreshClaim> {
    return this.sessions.claim(refreshToken, this.config.SESSION_IDLE_MINUTES);
  }
}
