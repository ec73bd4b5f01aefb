import { Injectable } from '@nestjs/common';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, AppError, RequestMeta, Role, SYSTEM_ACTOR_ID, ValidationError } from '@app/common';
import { AuditService, storableText } from '@app/audit';
import { maskPhone, PiiCipher } from '@app/pii';
import {
  dummyPasswordHash,
  hashPassword,
  passwordProblem,
  SecurityPolicyService,
  toUserView,
  User,
  UserView,
  verifyPassword,
} from '@app/users';
import { RegisterDto, ResetPasswordDto } from './auth.dto';
import { TokensService } from './tokens.service';

const CODE_TTL_MINUTES = 10;
const CODE_MAX_ATTEMPTS = 5;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const isPhone = (login: string) => /^1[3-9]\d{9}$/.test(login);

type CodePurpose = 'register' | 'password_reset';
const CODE_TEMPLATES: Record<CodePurpose, string> = { register: 'registration_code', password_reset: 'password_reset_code' };
const badCode = () => new ValidationError([{ field: 'code', message: '验证码错误或已过期，请重新获取' }]);

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly tokens: TokensService,
    private readonly pii: PiiCipher,
    private readonly policy: SecurityPolicyService,
  ) {}

  /**
   * Checks a password with lockout: the threshold-th failure locks the account for the policy's
   * minutes, and every outcome is audited in the same transaction as the counter it changes.
   */
  async login(username: string, password: string, meta: RequestMeta) {
    const login = username.trim().toLowerCase();
    const outcome = await this.dataSource.transaction(async (m) => {
      const qb = m.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').setLock('pessimistic_write');
      // A name PostgreSQL cannot store as given (NUL, a lone surrogate) names no account; the
      // audit layer records it in a safe encoding (and masks phone and ID numbers).
      const user = storableText(login) !== login
        ? null
        : isPhone(login)
          ? await qb.where('u.phone_hash = :h', { h: this.pii.searchKey(login) }).getOne()
          : await qb.where('u.username = :login', { login }).getOne();
      const hint = login;
      if (!user) {
        await verifyPassword(await dummyPasswordHash(), password);
        await this.audit.record(m, { actor: null, actorIdHint: hint, meta, action: 'auth.login_failed', entityType: 'user', after: { reason: 'unknown_account' } });
        return { error: new AppError('unauthenticated', 'auth.invalid_credentials', '账号或密码错误') };
      }
      const actor = this.actorOf(user);
      const now = new Date();
      if (user.lockedUntil && user.lockedUntil > now) {
        await this.audit.record(m, { actor, meta, action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { reason: 'locked' } });
        return { error: this.lockedError(user.lockedUntil) };
      }
      if (!(await verifyPassword(user.passwordHash, password))) {
        const policy = await this.policy.get(m);
        const failures = user.failedLoginCount + 1;
        const locks = failures >= policy.lockoutThreshold;
        const lockedUntil = locks ? new Date(now.getTime() + policy.lockoutMinutes * 60_000) : null;
        await m.update(User, { id: user.id }, { failedLoginCount: locks ? 0 : failures, lockedUntil });
        await this.audit.record(m, { actor, meta, action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { reason: 'bad_password', failures } });
        if (locks) {
          await this.audit.record(m, { actor: SYSTEM_ACTOR_ID, meta, action: 'auth.account_locked', entityType: 'user', entityId: user.id, after: { lockedUntil } });
          return { error: this.lockedError(lockedUntil!) };
        }
        return { error: new AppError('unauthenticated', 'auth.invalid_credentials', '账号或密码错误') };
      }
      if (user.status !== 'active') {
        await this.audit.record(m, { actor, meta, action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { reason: 'disabled' } });
        return { error: new AppError('forbidden', 'auth.account_disabled', '账号已停用，请联系系统管理员') };
      }
      if (!user.role) {
        await this.audit.record(m, { actor, meta, action: 'auth.login_failed', entityType: 'user', entityId: user.id, after: { reason: 'no_role' } });
        return { error: new AppError('forbidden', 'auth.no_role', '账号尚未授予角色，请联系安全管理员') };
      }
      if (user.failedLoginCount > 0 || user.lockedUntil) {
        await m.update(User, { id: user.id }, { failedLoginCount: 0, lockedUntil: null });
      }
      const session = await this.tokens.issue(m, user);
      await this.audit.record(m, { actor, meta, action: 'auth.login', entityType: 'user', entityId: user.id });
      return { session, user: toUserView(user) };
    });
    // Failures are committed (counter and audit) before they are reported.
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  requestRegistrationCode(phone: string, meta: RequestMeta): Promise<{ expiresInSeconds: number }> {
    return this.issueCode(phone, 'register', meta);
  }

  /**
   * 忘记密码. The same answer whether or not the phone has an account (no account probing); the
   * SMS goes only to an account that has a password, and the request is audited either way.
   */
  requestPasswordResetCode(phone: string, meta: RequestMeta): Promise<{ expiresInSeconds: number }> {
    return this.issueCode(phone, 'password_reset', meta);
  }

  async resetPassword(dto: ResetPasswordDto, meta: RequestMeta): Promise<void> {
    const phoneHash = this.pii.searchKey(dto.phone);
    const outcome = await this.dataSource.transaction(async (m) => {
      const problem = passwordProblem(dto.password, await this.policy.get(m));
      if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
      const refused = await this.consumeCode(m, phoneHash, dto.code, 'password_reset');
      if (refused) return { error: refused };
      const user = await m.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').setLock('pessimistic_write').where('u.phone_hash = :h', { h: phoneHash }).getOne();
      if (!user || user.passwordHash === '') return { error: badCode() };
      await m.update(User, { id: user.id }, { passwordHash: await hashPassword(dto.password), failedLoginCount: 0, lockedUntil: null });
      await m.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [user.id]);
      await this.audit.record(m, { actor: this.actorOf(user), meta, action: 'auth.password_reset', entityType: 'user', entityId: user.id, after: { sessionsRevoked: true } });
      return {};
    });
    if ('error' in outcome) throw outcome.error;
  }

  private async issueCode(phone: string, purpose: CodePurpose, meta: RequestMeta): Promise<{ expiresInSeconds: number }> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const phoneHash = this.pii.searchKey(phone);
    await this.dataSource.transaction(async (m) => {
      const send = purpose === 'register' || (await m.query(`SELECT 1 FROM users WHERE phone_hash = $1 AND password_hash <> ''`, [phoneHash])).length > 0;
      if (send) {
        await m.query(
          `INSERT INTO phone_verifications (phone_hash, code_hash, expires_at, purpose) VALUES ($1, $2, now() + make_interval(mins => $3), $4)`,
          [phoneHash, sha256(`${phoneHash}:${code}`), CODE_TTL_MINUTES, purpose],
        );
        await m.query(
          `INSERT INTO notification_outbox (channel, recipient_cipher, template, payload) VALUES ('sms', $1, $2, $3)`,
          [this.pii.encrypt(phone), CODE_TEMPLATES[purpose], JSON.stringify({ code, minutes: CODE_TTL_MINUTES })],
        );
      }
      const action = purpose === 'register' ? 'auth.registration_code' : 'auth.password_reset_code';
      await this.audit.record(m, { actor: null, actorIdHint: maskPhone(phone), meta, action, entityType: 'phone_verification', ...(send ? {} : { after: { sent: false, reason: 'unknown_account' } }) });
    });
    return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
  }

  /** Checks and consumes the latest live code of this purpose; a refusal names `code`. */
  private async consumeCode(m: EntityManager, phoneHash: string, code: string, purpose: CodePurpose): Promise<ValidationError | null> {
    const [verification] = await m.query(
      `SELECT id, code_hash, attempts FROM phone_verifications
       WHERE phone_hash = $1 AND purpose = $2 AND consumed_at IS NULL AND expires_at > now() ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
      [phoneHash, purpose],
    );
    const expected = Buffer.from(sha256(`${phoneHash}:${code}`));
    const valid = verification && verification.attempts < CODE_MAX_ATTEMPTS && timingSafeEqual(Buffer.from(verification.code_hash), expected);
    if (!valid) {
      if (verification) await m.query(`UPDATE phone_verifications SET attempts = attempts + 1 WHERE id = $1`, [verification.id]);
      return badCode();
    }
    await m.query(`UPDATE phone_verifications SET consumed_at = now() WHERE id = $1`, [verification.id]);
    return null;
  }

  async register(dto: RegisterDto, meta: RequestMeta) {
    const phoneHash = this.pii.searchKey(dto.phone);
    const outcome = await this.dataSource.transaction(async (m) => {
      const problem = passwordProblem(dto.password, await this.policy.get(m));
      if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
      const refused = await this.consumeCode(m, phoneHash, dto.code, 'register');
      if (refused) return { error: refused };
      const [taken] = await m.query(`SELECT id, password_hash FROM users WHERE phone_hash = $1 FOR UPDATE`, [phoneHash]);
      if (taken && taken.password_hash !== '') throw new AppError('conflict', 'auth.phone_registered', '该手机号已注册，请直接登录');
      if (taken) {
        // An account the desk opened for a walk-in creator: the verified phone claims it.
        await m.update(User, { id: taken.id }, { passwordHash: await hashPassword(dto.password), displayName: dto.displayName, consentVersion: dto.consentVersion, consentedAt: new Date() });
        const claimed = await m.findOneByOrFail(User, { id: taken.id });
        await this.audit.record(m, { actor: this.actorOf(claimed), meta, action: 'user.claim', entityType: 'user', entityId: claimed.id, after: { consentVersion: dto.consentVersion, consentedAt: claimed.consentedAt } });
        return { session: await this.tokens.issue(m, claimed), user: toUserView(claimed) };
      }
      const user = m.create(User, {
        role: 'creator',
        phoneCipher: this.pii.encrypt(dto.phone),
        phoneHash,
        phoneMasked: maskPhone(dto.phone),
        displayName: dto.displayName,
        passwordHash: await hashPassword(dto.password),
        skills: [],
        consentVersion: dto.consentVersion,
        consentedAt: new Date(),
      });
      await m.save(user);
      const actor = this.actorOf(user);
      await this.audit.record(m, { actor, meta, action: 'user.register', entityType: 'user', entityId: user.id, after: { ...toUserView(user), consentVersion: dto.consentVersion, consentedAt: user.consentedAt } });
      const session = await this.tokens.issue(m, user);
      return { session, user: toUserView(user) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  async refresh(refreshToken: string, meta: RequestMeta) {
    const outcome = await this.dataSource.transaction(async (m) => {
      const claim = await this.tokens.claim(m, refreshToken);
      if ('refused' in claim) {
        if (claim.refused === 'reused' && claim.familyId) {
          await this.tokens.revokeFamily(m, claim.familyId);
          await this.audit.record(m, { actor: null, actorIdHint: claim.userId, meta, action: 'auth.refresh_reuse_detected', entityType: 'session', entityId: claim.familyId });
        }
        return { error: new AppError('unauthenticated', 'auth.invalid_refresh_token', '登录已失效，请重新登录') };
      }
      const user = await m.findOne(User, { where: { id: claim.userId } });
      if (!user || user.status !== 'active' || !user.role) {
        await this.tokens.revokeFamily(m, claim.familyId);
        return { error: new AppError('unauthenticated', 'auth.invalid_refresh_token', '登录已失效，请重新登录') };
      }
      return { session: await this.tokens.issue(m, user, claim.familyId) };
    });
    if ('error' in outcome) throw outcome.error;
    return outcome.session;
  }

  async logout(refreshToken: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const family = await this.tokens.familyOf(m, refreshToken);
      if (!family) return;
      await this.tokens.revokeFamily(m, family.familyId);
      const user = await m.findOne(User, { where: { id: family.userId } });
      await this.audit.record(m, { actor: user ? this.actorOf(user) : null, meta, action: 'auth.logout', entityType: 'session', entityId: family.familyId });
    });
  }

  /** Signs out every session of the caller, on every device. */
  async logoutEverywhere(actor: Actor, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m.query('UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [actor.userId]);
      await this.audit.record(m, { actor, meta, action: 'auth.logout_all', entityType: 'user', entityId: actor.userId });
    });
  }

  async me(actor: Actor): Promise<UserView> {
    const user = await this.dataSource.manager.findOne(User, { where: { id: actor.userId } });
    if (!user) throw new AppError('unauthenticated', 'auth.account_gone', '账号不存在');
    return toUserView(user);
  }

  private lockedError(until: Date): AppError {
    return new AppError('locked', 'auth.account_locked', '连续登录失败次数过多，账号已临时锁定，请稍后再试或联系安全管理员解锁', {
      lockedUntil: until.toISOString(),
    });
  }

  private actorOf(user: User): Actor {
    // A role-less account (created, not yet granted) is audited with a null role.
    return { userId: user.id, role: user.role as Role, zoneId: user.zoneId, authorityId: user.authorityId };
  }
}
