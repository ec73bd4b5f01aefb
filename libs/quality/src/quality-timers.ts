import { OutboxJob, QUALITY_TIMERS_QUEUE } from '@app/jobs';
import type { RectificationStep } from '@app/contracts';

export const RECTIFICATION_OVERDUE_JOB = 'rectification-overdue';
export const QUALITY_SWEEP_JOB = 'quality-sweep';

export interface RectificationOverduePayload {
  rectificationId: string;
  step: RectificationStep;
}

/** The deadline of one step, written to the outbox in the transaction that opened the rectification. */
export function overdueJob(rectificationId: string, step: RectificationStep, at: Date): OutboxJob {
  const payload: RectificationOverduePayload = { rectificationId, step };
  return { queue: QUALITY_TIMERS_QUEUE, name: RECTIFICATION_OVERDUE_JOB, jobId: `${RECTIFICATION_OVERDUE_JOB}:${rectificationId}:${step}`, payload, runAt: at };
}
