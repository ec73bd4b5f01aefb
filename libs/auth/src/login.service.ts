import { Injectable } from '@nestjs/common';
import { Actor, AppError, RequestMeta, Role, SYSTEM_ACTOR_ID } from '@app/common';
import { AuditService, storableText } from '@app/audit';
import { Transactional } from '@app/database';
import { PiiCipher } from '@app/pii';
import { LoginLockout, PasswordHasher, SecurityPolicyRepository, toUserView, User, UserView, UsersRepository } from '@app/users';
import { AuthError, AuthErrorCode } from './auth.errors';
import { SessionTokens } from './auth.dto';
import { TokensService } from './tokens.service';

const isPhone = (login: string) => /^1[3-9]\d{9}$/.test(login);

export const actorOf = (user: User): Actor =>
  // A role-less account (created, not yet granted) is audited with a null role.
  ({ userId: user.id, role: user.role as Role, zoneId: user.zoneId, authorityId: user.authorityId });

type Outcome = { session: SessionTokens; user: UserView } | { error: AppError };

/**
 * Checks a password, locked per account and client address (see LoginLockout). Every attempt
 * that gets past the lock costs one argon2 verification, and an unknown account, a walk-in
 * account not yet claimed, a disabled account and a wrong password all answer the same 401:
 * neither the status nor the time tells which. Every outcome is audited.
 */
@Injectable()
export class LoginService {
  constructor(
    private readonly users: UsersRepository,
    private readonly audit: AuditService,
    private readonly tokens: TokensService,
    private readonly pii: PiiCipher,
    private readonly policy: SecurityPolicyRepository,
    private readonly hasher: PasswordHasher,
    private readonly lockout: LoginLockout,
  ) {}

  async login(username: string, password: string, meta: RequestMeta): Promise<{ session: SessionTokens; user: UserView }> {
    const outcome = await this.attempt(username.trim().toLowerCase(), password, meta);
    // Failures are committed (their audit events) before they are reported.
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  @Transactional()
  private async attempt(login: string, password: string, meta: RequestMeta): Promise<Outcome> {
    // The lockout names a phone by its search key, as the users table does, never in clear.
    const account = isPhone(login) ? this.pii.searchKey(login) : login;
    const lockedUntil = await this.lockout.lockedUntil(account, meta.ip);
    // A name PostgreSQL cannot store as given (NUL, a lone surrogate) names no account; the audit
    // layer records it in a safe encoding, and masks phone and ID numbers.
    const user = storableText(login) !== login ? null : await this.users.findForLogin(isPhone(login) ? { phoneHash: account } : { username: login });
    const who = user ? { actor: actorOf(user), entityId: user.id } : { actor: null, actorIdHint: login };
    const fail = (after: Record<string, unknown>) => this.audit.record({ ...who, meta, action: 'auth.login_failed', entityType: 'user', after });
    if (lockedUntil) {
      await fail({ reason: 'locked' });
      return { error: lockedError(lockedUntil) };
    }
    const matches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !matches || user.status !== 'active') {
      const reason = !user ? 'unknown_account' : !user.passwordHash ? 'unclaimed' : !matches ? 'bad_password' : 'disabled';
      const failure = await this.lockout.failed(account, meta.ip, await this.policy.get());
      await fail(user ? { reason, failures: failure.failures } : { reason });
      if (failure.lockedUntil) {
        if (user) await this.users.markLocked(user.id, failure.lockedUntil);
        await this.audit.record({ actor: SYSTEM_ACTOR_ID, meta, action: 'auth.account_locked', entityType: 'user', entityId: user?.id, after: { lockedUntil: failure.lockedUntil } });
        return { error: lockedError(failure.lockedUntil) };
      }
      return { error: new AuthError(AuthErrorCode.InvalidCredentials, '账号或密码错误') };
    }
    if (!user.role) {
      await fail({ reason: 'no_role' });
      return { error: new AuthError(AuthErrorCode.NoRole, '账号尚未授予角色，请联系安全管理员') };
    }
    await this.lockout.succeeded(account, meta.ip);
    const session = await this.tokens.issue(user);
    await this.audit.record({ ...who, meta, action: 'auth.login', entityType: 'user' });
    return { session, user: toUserView(user) };
  }
}

function lockedError(until: Date): AuthError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AuthError(AuthErrorCode.AccountLocked, `从当前网络登录失败次数过多，已暂停从这里登录该账号，请 ${minutes} 分钟后再试，或联系安全管理员解锁`, {
    lockedUntil: until.toISOString(),
  });
}
