import { Injectable } from '@nestjs/common';
import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { AppError, RequestMeta, ValidationError } from '@app/common';
import { AuditService } from '@app/audit';
import { Transactional, Tx } from '@app/database';
import { DeliveryJobs } from '@app/notifications';
import { maskPhone, PiiCipher } from '@app/pii';
import { PasswordHasher, passwordProblem, SecurityPolicyRepository, toUserView, UserView, UsersRepository } from '@app/users';
import { AuthError, AuthErrorCode } from './auth.errors';
import { RegisterDto, SessionTokens } from './auth.dto';
import { actorOf } from './login.service';
import { RegistrationCodesRepository } from './registration-codes.repository';
import { TokensService } from './tokens.service';

const CODE_TTL_MINUTES = 10;
const CODE_MAX_ATTEMPTS = 5;
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** A creator registers with a phone number proven by an SMS code; a walk-in account of that phone is claimed. */
@Injectable()
export class RegistrationService {
  constructor(
    private readonly txHost: Tx,
    private readonly users: UsersRepository,
    private readonly codes: RegistrationCodesRepository,
    private readonly deliveries: DeliveryJobs,
    private readonly audit: AuditService,
    private readonly tokens: TokensService,
    private readonly pii: PiiCipher,
    private readonly policy: SecurityPolicyRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  @Transactional()
  async requestCode(phone: string, meta: RequestMeta): Promise<{ expiresInSeconds: number }> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const phoneHash = this.pii.searchKey(phone);
    await this.codes.insert(phoneHash, sha256(`${phoneHash}:${code}`), CODE_TTL_MINUTES);
    await this.deliveries.deliver({
      channel: 'sms',
      userId: null,
      recipientCipher: this.pii.encrypt(phone),
      template: 'registration_code',
      // The code travels sealed (AES-GCM, like the phone number): the outbox never holds it in clear.
      payload: { minutes: CODE_TTL_MINUTES, sealed: this.pii.encrypt(JSON.stringify({ code })) },
      notificationId: null,
    });
    await this.audit.record(this.txHost.tx, { actor: null, actorIdHint: maskPhone(phone), meta, action: 'auth.registration_code', entityType: 'phone_verification' });
    return { expiresInSeconds: CODE_TTL_MINUTES * 60 };
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
    const pending = await this.codes.latestForUpdate(phoneHash);
    const expected = Buffer.from(sha256(`${phoneHash}:${dto.code}`));
    if (!pending || pending.attempts >= CODE_MAX_ATTEMPTS || !timingSafeEqual(Buffer.from(pending.code_hash), expected)) {
      if (pending) await this.codes.countAttempt(pending.id);
      return { error: new ValidationError([{ field: 'code', message: '验证码错误或已过期，请重新获取' }]) };
    }
    await this.codes.consume(pending.id);
    const passwordHash = await this.hasher.hash(dto.password);
    const taken = await this.users.findByPhoneForUpdate(phoneHash);
    if (taken && taken.passwordHash !== '') throw new AuthError(AuthErrorCode.PhoneRegistered, '该手机号已注册，请直接登录');
    if (taken) {
      // An account the desk opened for a walk-in creator: the verified phone claims it.
      Object.assign(taken, { passwordHash, displayName: dto.displayName });
      const claimed = await this.users.save(taken);
      await this.audit.record(this.txHost.tx, { actor: actorOf(claimed), meta, action: 'user.claim', entityType: 'user', entityId: claimed.id });
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
    });
    await this.audit.record(this.txHost.tx, { actor: actorOf(user), meta, action: 'user.register', entityType: 'user', entityId: user.id, after: toUserView(user) });
    return { session: await this.tokens.issue(user), user: toUserView(user) };
  }
}
