import type { BullRootModuleOptions } from '@nestjs/bull';
import type { AppConfig } from '@app/config';

/** Warning and breach timers (delayed jobs), many at once. */
export const SLA_TIMERS_QUEUE = 'sla-timers';
/** The repeatable SLA sweep and calendar recomputations, one at a time per worker. */
export const SLA_SWEEP_QUEUE = 'sla-sweep';
/** Automatic closing of resolved-unrated and unanswered cases. */
export const CASE_TIMERS_QUEUE = 'case-timers';
/** E-mail and SMS deliveries, and the repeatable sweep of deliveries whose job was lost. */
export const NOTIFICATION_QUEUE = 'notifications';
/** The repeatable retention purge. */
export const RETENTION_QUEUE = 'retention';
/** The offline service: appointment reminders, and its repeatable sweep (reminders, no-shows, holiday closures). */
export const OFFLINE_TIMERS_QUEUE = 'offline-timers';
/** 差评整改: the deadline of each step (回访, 整改), and its repeatable sweep. */
export const QUALITY_TIMERS_QUEUE = 'quality-timers';

/** Every queue of the system: the job outbox may name only these. */
export const QUEUE_NAMES = [SLA_TIMERS_QUEUE, SLA_SWEEP_QUEUE, CASE_TIMERS_QUEUE, NOTIFICATION_QUEUE, RETENTION_QUEUE, OFFLINE_TIMERS_QUEUE, QUALITY_TIMERS_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** A job as written to `job_outbox` in the transaction of the change that causes it. */
export interface OutboxJob {
  queue: QueueName;
  name: string;
  /** Bull ignores a job whose id it already holds: ids say what the job is for. */
  jobId: string;
  payload: object;
  runAt: Date;
}

/** Retries of every job: Bull's exponential backoff, 10 s, 30 s, 70 s … up to 8 attempts. */
export const JOB_ATTEMPTS = 8;
const JOB_BACKOFF = { type: 'exponential', delay: 10_000 } as const;

/**
 * Bull's connection for every process. Redis stays bounded: completed jobs are dropped beyond
 * the last 1,000 and failed ones beyond 5,000; nothing depends on Redis keeping them.
 */
export function bullRootOptions(config: AppConfig): BullRootModuleOptions {
  return {
    url: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000, attempts: JOB_ATTEMPTS, backoff: JOB_BACKOFF },
    // A killed worker's job is taken up again after at most ~20 s; the sweeps usually act first.
    settings: { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 5 },
  };
}

// Bull's own backoff arithmetic, so that what a delivery row says about its next attempt is what Bull does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const backoffs = require('bull/lib/backoffs') as { calculate(backoff: object, attemptsMade: number, custom: object): number };

/** When Bull will run a job again after its `attemptsMade`-th failure. */
export function nextAttemptAt(attemptsMade: number, now = Date.now()): Date {
  return new Date(now + backoffs.calculate(JOB_BACKOFF, attemptsMade, {}));
}
