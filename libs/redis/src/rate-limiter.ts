import { Inject, Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '@app/config';
import { REDIS } from './redis.token';
import { RateLimitError, RateLimitErrorCode } from './rate-limit.errors';

export interface RateLimit {
  /** Name of the limit, part of the Redis key. */
  name: string;
  max: number;
  windowSeconds: number;
}

/**
 * Limits kept in Redis by rate-limiter-flexible, so a limit holds across every api process.
 * While Redis is down each process falls back to counting in its own memory (the library's
 * insurance limiter): limits stay on, per process, instead of failing open or shut.
 */
@Injectable()
export class RateLimiter {
  private readonly limiters = new Map<string, RateLimiterRedis>();

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AppConfig,
  ) {}

  /** The limiter of `limit` (one per name), for callers that count, block or reset themselves. */
  limiter(limit: RateLimit): RateLimiterRedis {
    let limiter = this.limiters.get(limit.name);
    if (!limiter) {
      const options = { points: limit.max, duration: limit.windowSeconds };
      limiter = new RateLimiterRedis({
        ...options,
        storeClient: this.redis,
        keyPrefix: this.keyPrefix(limit.name),
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: limit.name }),
      });
      this.limiters.set(limit.name, limiter);
    }
    return limiter;
  }

  /** Where the limit's counters live in Redis: `<keyPrefix>:<subject>`. */
  keyPrefix(name: string): string {
    return `${this.config.QUEUE_PREFIX}:rl:${name}`;
  }

  /** Counts one hit of `subject` against each limit; throws 429 when one is exceeded. */
  async hit(subject: string, ...limits: RateLimit[]): Promise<void> {
    for (const limit of limits) {
      try {
        await this.limiter(limit).consume(subject);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        throw tooManyRequests(rejection.msBeforeNext);
      }
    }
  }
}

export function tooManyRequests(msBeforeNext: number): RateLimitError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new RateLimitError(RateLimitErrorCode.RateLimited, `操作过于频繁，请 ${retryAfter} 秒后再试`, { retryAfterSeconds: retryAfter });
}
