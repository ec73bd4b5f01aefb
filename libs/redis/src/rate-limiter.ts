import { Inject, Injectable, Logger } from '@nestjs/common';
import Redis from 'ioredis';
import { AppError } from '@app/common';
import { AppConfig } from '@app/config';
import { REDIS } from './redis.token';

export interface RateLimit {
  /** Name of the limit, part of the Redis key. */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Sliding-window logs in Redis (one sorted set per subject, pruned as it goes), so a limit holds across every api process. If Redis is down
 * the request is let through (logged): login stays possible, and the account lockout in
 * PostgreSQL still stops password guessing.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** Counts one hit of `subject` against each limit; throws 429 when one is exceeded. */
  async hit(subject: string, ...limits: RateLimit[]): Promise<void> {
    for (const limit of limits) {
      const key = `${this.config.QUEUE_PREFIX}:rl:${limit.name}:${subject}`;
      const now = Date.now();
      const windowMs = limit.windowSeconds * 1000;
      let count: number;
      let oldest: number;
      try {
        const result = await this.redis
          .multi()
          .zremrangebyscore(key, 0, now - windowMs)
          .zadd(key, now, `${now}:${Math.random()}`)
          .zcard(key)
          .zrange(key, 0, 0, 'WITHSCORES')
          .pexpire(key, windowMs)
          .exec();
        count = Number(result?.[2]?.[1] ?? 0);
        oldest = Number((result?.[3]?.[1] as string[] | undefined)?.[1] ?? now);
      } catch (error) {
        this.logger.warn(`rate limit ${limit.name} not checked: ${(error as Error).message}`);
        continue;
      }
      if (count > limit.max) {
        const retryAfter = Math.max(1, Math.ceil((oldest + windowMs - now) / 1000));
        throw new AppError('too_many_requests', 'rate_limited', `操作过于频繁，请 ${retryAfter} 秒后再试`, { retryAfterSeconds: retryAfter });
      }
    }
  }
}
