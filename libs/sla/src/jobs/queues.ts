import { CASE_TIMERS_QUEUE, OutboxJob, SLA_SWEEP_QUEUE, SLA_TIMERS_QUEUE } from '@app/jobs';
import type { ClockTimes, SlaClockName, SlaClockState } from '../domain/sla-clock';

export { CASE_TIMERS_QUEUE, SLA_SWEEP_QUEUE, SLA_TIMERS_QUEUE } from '@app/jobs';

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
