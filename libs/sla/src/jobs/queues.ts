import type { BullRootModuleOptions } from '@nestjs/bull';
import type { AppConfig } from '@app/config';
import type { ClockTimes, SlaClockName, SlaClockState } from '../domain/sla-clock';

/** Warning and breach timers (delayed jobs), many at once. */
export const SLA_TIMERS_QUEUE = 'sla-timers';
/** The repeatable sweep and calendar recomputations, one at a time per worker. */
export const SLA_SWEEP_QUEUE = 'sla-sweep';
/** Automatic closing of resolved-unrated and unanswered cases. */
export const CASE_TIMERS_QUEUE = 'case-timers';
/** Timers of the offline service (appointment reminders); their jobs go through the same job outbox. */
export const OFFLINE_TIMERS_QUEUE = 'offline-timers';
export const QUEUE_NAMES = [SLA_TIMERS_QUEUE, SLA_SWEEP_QUEUE, CASE_TIMERS_QUEUE, OFFLINE_TIMERS_QUEUE] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export const JOB = {
  warning: 'sla-warning',
  breach: 'sla-breach',
  sweep: 'sla-sweep',
  recalendar: 'sla-recalendar',
  autoClose: 'case-auto-close',
} as const;

/** A warning or breach timer. `at` is the instant the job is for: a job whose clock moved does nothing. */
export interface SlaTimerPayload {
  caseId: string;
  clock: SlaClockName;
  at: number;
  generation: number;
}

/** `since` is the resolution or the request for materials the close is counted from. */
export interface CaseAutoClosePayload {
  caseId: string;
  reason: 'unrated' | 'unanswered';
  since: number;
}

export interface RecalendarPayload {
  year: number | null;
}

/** A job as written to `job_outbox` in the transaction of the change that causes it. */
export interface OutboxJob {
  queue: QueueName;
  name: string;
  jobId: string;
  payload: object;
  runAt: Date;
}

export const AUTO_CLOSE_UNRATED_MS = 7 * 24 * 3600 * 1000;
export const AUTO_CLOSE_UNANSWERED_MS = 30 * 24 * 3600 * 1000;

/** Timers of a running clock: ids from the case, the clock, its generation and the instant. */
export function timerJobs(caseId: string, state: SlaClockState, times: ClockTimes): OutboxJob[] {
  if (state.stoppedAt !== null) return [];
  const jobs: OutboxJob[] = [];
  if (state.warnedAt === null && times.warnAt !== null) jobs.push(timerJob(JOB.warning, caseId, state.clock, state.generation, times.warnAt));
  if (state.breachedAt === null && times.dueAt !== null) jobs.push(timerJob(JOB.breach, caseId, state.clock, state.generation, times.dueAt));
  return jobs;
}

export function timerJob(name: typeof JOB.warning | typeof JOB.breach, caseId: string, clock: SlaClockName, generation: number, at: number): OutboxJob {
  const payload: SlaTimerPayload = { caseId, clock, at, generation };
  return { queue: SLA_TIMERS_QUEUE, name, jobId: `${name}:${caseId}:${clock}:${generation}:${at}`, payload, runAt: new Date(at) };
}

export function autoCloseJob(caseId: string, reason: CaseAutoClosePayload['reason'], since: Date): OutboxJob {
  const payload: CaseAutoClosePayload = { caseId, reason, since: since.getTime() };
  const delay = reason === 'unrated' ? AUTO_CLOSE_UNRATED_MS : AUTO_CLOSE_UNANSWERED_MS;
  return { queue: CASE_TIMERS_QUEUE, name: JOB.autoClose, jobId: `${JOB.autoClose}:${caseId}:${reason}:${since.getTime()}`, payload, runAt: new Date(since.getTime() + delay) };
}

export function recalendarJob(year: number | null): OutboxJob {
  const payload: RecalendarPayload = { year };
  return { queue: SLA_SWEEP_QUEUE, name: JOB.recalendar, jobId: `${JOB.recalendar}:${year ?? 'all'}:${Date.now()}`, payload, runAt: new Date() };
}

/**
 * Bull's connection for every process. Redis stays bounded: completed jobs are dropped beyond
 * the last 1,000 and failed ones beyond 5,000; nothing depends on Redis keeping them.
 */
export function bullRootOptions(config: AppConfig): BullRootModuleOptions {
  return {
    url: config.REDIS_URL,
    prefix: config.QUEUE_PREFIX,
    defaultJobOptions: { removeOnComplete: 1000, removeOnFail: 5000, attempts: 8, backoff: { type: 'exponential', delay: 1000 } },
    // A killed worker's job is taken up again after at most ~20 s; the sweep usually acts first.
    settings: { lockDuration: 15_000, stalledInterval: 5_000, maxStalledCount: 5 },
  };
}
