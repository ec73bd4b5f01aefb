import { moduleError } from '@app/common';

/** The refusal of the shared rate limiter. The value is the `code` of the problem answer. */
export enum RateLimitErrorCode {
  /** Too many attempts in the limit's window; `retryAfterSeconds` says when to try again. */
  RateLimited = 'rate_limited',
}

export class RateLimitError extends moduleError<RateLimitErrorCode>('RateLimitError', {
  [RateLimitErrorCode.RateLimited]: 'too_many_requests',
}) {}
