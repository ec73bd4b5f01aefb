import { Injectable } from '@nestjs/common';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional } from '@app/database';
import { DeliveryJobs } from '@app/notifications';
import { maskPhone, PiiCipher } from '@app/pii';
import { SessionsRepository } from '@app/sessions';
import { LoginLockout, PasswordHasher, passwordProblem, SecurityPolicyRepository, toUserView, UserView, UsersRepository } from '@app/users';
import { AuthError, AuthErrorCode } from './auth.errors';
import { RegisterDto, ResetPasswordDto, SessionTokens } from './auth.dto';
import { actorOf } from './login.service';
import { CodePurpose, RegistrationCodesRepository } from './registration-codes.repository';
import { TokensService } from './tokens.service';

const CODE_TTL_MINUTES = 10;
const CODE_MAX_ATTEMPTS = 5;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
const CODE_TEMPLATES: Record<CodePurpose, string> = { register: 'registration_code', password_reset: 'password_reset_code' };
const badCode = () => new ValidationError([{ field: 'code', message: '验证码错误或已过期，请重新获取' }]);

/**
 * Accounts proven by an SMS code to their phone: a creator registers (a walk-in account of that
 * phone is claimed), and 忘记密码 sets a new password.
 */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly users: UsersRepository,
    private readonly codes: RegistrationCodesRepository,
    private readonly deliveries: DeliveryJobs,
    private readonly audit: AuditService,
    private readonly tokens: TokensService,
    private readonly pii: PiiCipher,
    private readonly policy: SecurityPolicyRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsRepository,
    private readonly lockout: LoginLockout,
  ) {}

  /**
   * Sends a code by SMS. For 忘记密码 the answer is the same whether or not the phone has an
   * account (no account probing); the SMS goes only to an account that has a password, and the
   * request is audited either way.
   */
  @Transactional()
  async requestCode(phone: string, meta: RequestMeta, purpose: CodePurpose = 'register'): Promise<{ expiresInSeconds: number }> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const phoneHash = this.pii.searchKey(phone);
    const send = purpose === 'register' || !!(await this.users.findByPhoneForUpdate(phoneHash))?.passwordHash;
    if (send) {
      await this.codes.insert(phoneHash, sha256(`${phoneHash}:${code}`), CODE_TTL_MINUTES, purpose);
      await this.deliveries.deliver({
        channel: 'sms',
        userId: null,
        recipientCipher: this.pii.encrypt(phone),
        template: CODE_TEMPLATES[purpose],
        // The code travels sealed (AES-GCM, like the phone number): the outbox never holds it in clear.
        payload: { minutes: CODE_TTL_MINUTES, sealed: this.pii.encrypt(JSON.stringify({ code })) },
        notificationId: null,
      });
    }
    const action = purpose === 'register' ? 'auth.registration_code' : 'auth.password_reset_code';
    await this.audit.record({ actor: null, actorIdHint: maskPhone(phone), meta, action, entityType: 'phone_verification', ...(send ? {} : { after: { sent: false, reason: 'unknown_account' } }) });
    return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
  }

  /** 忘记密码: a new password proven by a code; every session ends and every login lock is lifted. */
  async resetPassword(dto: ResetPasswordDto, meta: RequestMeta): Promise<void> {
    const outcome = await this.resetOrCountAttempt(dto, meta);
    if (outcome) throw outcome;
  }

  @Transactional()
  private async resetOrCountAttempt(dto: ResetPasswordDto, meta: RequestMeta): Promise<AppError | null> {
    const problem = passwordProblem(dto.password, await this.policy.get(), { phone: dto.phone });
    if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
    const phoneHash = this.pii.searchKey(dto.phone);
    const refused = await this.consumeCode(phoneHash, dto.code, 'password_reset');
    if (refused) return refused;
    const user = await this.users.findByPhoneForUpdate(phoneHash);
    if (!user || !user.passwordHash) return badCode();
    Object.assign(user, { passwordHash: await this.hasher.hash(dto.password), failedLoginCount: 0, lockedUntil: null });
    await this.users.save(user);
    await this.sessions.revokeUser(user.id);
    await this.lockout.unlock(phoneHash);
    await this.audit.record({ actor: actorOf(user), meta, action: 'auth.password_reset', entityType: 'user', entityId: user.id, after: { sessionsRevoked: true } });
    return null;
  }

  /** Checks and consumes the latest live code of this purpose; a wrong one is counted, and the refusal names `code`. */
  private async consumeCode(phoneHash: string, code: string, purpose: CodePurpose): Promise<ValidationError | null> {
    const pending = await this.codes.latestForUpdate(phoneHash, purpose);
    const expected = Buffer.from(sha256(`${phoneHash}:${code}`));
    if (!pending || pending.attempts >= CODE_MAX_ATTEMPTS || !timingSafeEqual(Buffer.from(pending.code_hash), expected)) {
      if (pending) await this.codes.countAttempt(pending.id);
      return badCode();
    }
    await this.codes.consume(pending.id);
    return null;
  }

  async register(dto: RegisterDto, meta: RequestMeta): Promise<{ session: SessionTokens; user: UserView }> {
    const outcome = await this.registerOrCountAttempt(dto, meta);
    // A wrong code is counted (committed) before it is reported.
    if ('error' in outcome) throw outcome.error;
    return outcome;
  }

  @Transactional()
  private async registerOrCountAttempt(dto: RegisterDto, meta: RequestMeta): Promise<{ session: SessionTokens; user: UserView } | { error: AppError }> {
    const problem = passwordProblem(dto.password, await this.policy.get(), { phone: dto.phone, displayName: dto.displayName });
    if (problem) throw new ValidationError([{ field: 'password', message: problem }]);
    const phoneHash = this.pii.searchKey(dto.phone);
    const refused = await this.consumeCode(phoneHash, dto.code, 'register');
    if (refused) return { error: refused };
    const passwordHash = await this.hasher.hash(dto.password);
    const taken = await this.users.findByPhoneForUpdate(phoneHash);
    if (taken && taken.passwordHash !== '') throw new AuthError(AuthErrorCode.PhoneRegistered, '该手机号已注册，请直接登录');
    if (taken) {
      // An account the desk opened for a walk-in creator: the verified phone claims it.
      Object.assign(taken, { passwordHash, displayName: dto.displayName, consentVersion: dto.consentVersion, consentedAt: new Date() });
      const claimed = await this.users.save(taken);
      await this.audit.record({ actor: actorOf(claimed), meta, action: 'user.claim', entityType: 'user', entityId: claimed.id, after: { consentVersion: dto.consentVersion, consentedAt: claimed.consentedAt } });
      return { session: await this.tokens.issue(claimed), user: toUserView(claimed) };
    }
    const user = await this.users.insert({
      role: 'creator',
      phoneCipher: this.pii.encrypt(dto.phone),
      phoneHash,
      phoneMasked: maskPhone(dto.phone),
      displayName: dto.displayName,
      passwordHash,
      skills: [],
      // PIPL: the version of 用户协议 and 隐私政策 agreed to, and when.
      consentVersion: dto.consentVersion,
      consentedAt: new Date(),
    });
    await this.audit.record({ actor: actorOf(user), meta, action: 'user.register', entityType: 'user', entityId: user.id, after: { ...toUserView(user), consentVersion: dto.consentVersion, consentedAt: user.consentedAt } });
    return { session: await this.tokens.issue(user), user: toUserView(user) };
  }
}
