import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiter, REDIS } from '@app/redis';
import { PasswordPolicy } from './password-policy';
import { UserError, UserErrorCode } from './users.errors';

const DAY = 86_400;
/** A lock never lasts longer than this, however often an address has been locked. */
const MAX_LOCK_SECONDS = DAY;

const LIMITS = {
  /** Failed logins of one account from one address; forgotten after a day without one. */
  failures: { name: 'login_fail', max: 1_000_000, windowSeconds: DAY },
  /** How often that pair was locked, which makes each lock longer than the last. */
  locks: { name: 'login_locks', max: 1_000_000, windowSeconds: DAY },
  /** The lock itself: the pair is blocked while the key lives. */
  lock: { name: 'login_lock', max: 1, windowSeconds: 1 },
};

/**
 * Password-guessing lockout per account AND client address, in Redis (rate-limiter-flexible),
 * so it holds across api processes. The threshold-th failure in a row from one address locks
 * that account for that address only, for the policy's minutes, doubling with each further lock
 * (up to a day): an attacker elsewhere cannot lock the owner out, and one address gets a few
 * guesses a day. The account is named by its login (a phone by its search key, never in clear),
 * whether or not it exists, so unknown and real accounts lock alike.
 */
@Injectable()
export class LoginLockout {
  constructor(
    private readonly limits: RateLimiter,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** When the lock of this account for this address ends, or null when it is not locked. */
  async lockedUntil(account: string, address: string | null): Promise<Date | null> {
    const lock = await this.limits.limiter(LIMITS.lock).get(this.key(account, address));
    return lock && lock.consumedPoints > LIMITS.lock.max && lock.msBeforeNext > 0 ? new Date(Date.now() + lock.msBeforeNext) : null;
  }

  /** Counts a failure; returns the failures in a row and, when this one locked the pair, until when. */
  async failed(account: string, address: string | null, policy: Pick<PasswordPolicy, 'lockoutThreshold' | 'lockoutMinutes'>): Promise<{ failures: number; lockedUntil: Date | null }> {
    const key = this.key(account, address);
    const failures = (await this.limits.limiter(LIMITS.failures).consume(key)).consumedPoints;
    if (failures < policy.lockoutThreshold) return { failures, lockedUntil: null };
    const nth = (await this.limits.limiter(LIMITS.locks).consume(key)).consumedPoints;
    const seconds = Math.min(MAX_LOCK_SECONDS, policy.lockoutMinutes * 60 * 2 ** (nth - 1));
    await this.limits.limiter(LIMITS.lock).block(key, seconds);
    await this.limits.limiter(LIMITS.failures).delete(key);
    return { failures, lockedUntil: new Date(Date.now() + seconds * 1000) };
  }

  /** A successful login from the address starts that pair afresh. */
  async succeeded(account: string, address: string | null): Promise<void> {
    const key = this.key(account, address);
    await Promise.all([this.limits.limiter(LIMITS.failures).delete(key), this.limits.limiter(LIMITS.locks).delete(key)]);
  }

  /** secadmin's unlock: every lock and count of the account, from every address. */
  async unlock(account: string): Promise<void> {
    try {
      for (const limit of Object.values(LIMITS)) {
        const pattern = `${this.limits.keyPrefix(limit.name)}:${account.replace(/[*?[\]\\]/g, '\\$&')}|*`;
        let cursor = '0';
        do {
          const [next, keys] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
          if (keys.length) await this.redis.del(...keys);
          cursor = next;
        } while (cursor !== '0');
      }
    } catch {
      throw new UserError(UserErrorCode.UnlockUnavailable, '登录锁定暂时无法解除（Redis 不可用），请稍后再试');
    }
  }

  private key(account: string, address: string | null): string {
    return `${account}|${address ?? 'unknown'}`;
  }
}
