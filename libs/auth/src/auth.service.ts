import { Injectable } from '@nestjs/common';
import { Actor, AppError, RequestMeta } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { SessionsRepository } from '@app/sessions';
import { toUserView, UserView, UsersRepository } from '@app/users';
import { AuthError, AuthErrorCode } from './auth.errors';
import { SessionTokens } from './auth.dto';
import { actorOf } from './login.service';
import { TokensService } from './tokens.service';

const sessionEnded = () => new AuthError(AuthErrorCode.InvalidRefreshToken, '登录已失效，请重新登录');

/** What a signed-in session does with itself: refresh (rotating), sign out here or everywhere, read the account. */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly audit: AuditService,
    private readonly tokens: TokensService,
  ) {}

  async refresh(refreshToken: string, meta: RequestMeta): Promise<SessionTokens> {
    const outcome = await this.rotate(refreshToken, meta);
    // A detected reuse revokes the family (committed) before the refusal is reported.
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  @Transactional()
  private async rotate(refreshToken: string, meta: RequestMeta): Promise<{ session: SessionTokens } | { error: AppError }> {
    const claim = await this.tokens.claim(refreshToken);
    if ('refused' in claim) {
      if (claim.refused === 'reused' && claim.familyId) {
        await this.sessions.revokeFamily(claim.familyId);
        await this.audit.record({ actor: null, actorIdHint: claim.userId, meta, action: 'auth.refresh_reuse_detected', entityType: 'session', entityId: claim.familyId });
      }
      return { error: sessionEnded() };
    }
    const user = await this.users.findById(claim.userId);
    if (!user || user.status !== 'active' || !user.role) {
      await this.sessions.revokeFamily(claim.familyId);
      return { error: sessionEnded() };
    }
    return { session: await this.tokens.issue(user, claim.familyId) };
  }

  @Transactional()
  async logout(refreshToken: string, meta: RequestMeta): Promise<void> {
    const family = await this.sessions.familyOf(refreshToken);
    if (!family) return;
    await this.sessions.revokeFamily(family.familyId);
    const user = await this.users.findById(family.userId);
    await this.audit.record({ actor: user ? actorOf(user) : null, meta, action: 'auth.logout', entityType: 'session', entityId: family.familyId });
  }

  /** Signs out every session of the caller, on every device. */
  @Transactional()
  async logoutEverywhere(actor: Actor, meta: RequestMeta): Promise<void> {
    await this.sessions.revokeUser(actor.userId);
    await this.audit.record({ actor, meta, action: 'auth.logout_all', entityType: 'user', entityId: actor.userId });
  }

  async me(actor: Actor): Promise<UserView> {
    const user = await this.users.findById(actor.userId);
    if (!user) throw new AuthError(AuthErrorCode.AccountGone, '账号不存在');
    return toUserView(user);
  }
}
