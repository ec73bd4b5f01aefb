import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QUALITY_TIMERS_QUEUE, sweepJob } from '@app/jobs';
import { QUALITY_SWEEP_JOB, RECTIFICATION_OVERDUE_JOB, RectificationOverduePayload } from './quality-timers';
import { QualityTimers } from './quality-timers.service';

/** A step's deadline: marks it overdue and tells the zone's supervisors, at most once. */
@Processor(QUALITY_TIMERS_QUEUE)
export class RectificationOverdueJob {
  constructor(private readonly timers: QualityTimers) {}

  @Process({ name: RECTIFICATION_OVERDUE_JOB, concurrency: 2 })
  async handle(job: Job<RectificationOverduePayload>): Promise<string> {
    const result = await this.timers.overdue(job.data.rectificationId, job.data.step);
    // Came early (clock skew between hosts): fail so Bull retries with backoff.
    if (result === 'not_due') throw new Error(`${job.data.step} of ${job.data.rectificationId} is not due yet`);
    return result;
  }
}

/** The sweep every minute: every overdue step PostgreSQL knows of, whether or not its job arrived. */
export class QualitySweepJob extends sweepJob({
  queue: QUALITY_TIMERS_QUEUE,
  name: QUALITY_SWEEP_JOB,
  everyMs: 60_000,
  uses: QualityTimers,
  run: (timers) => timers.sweepOnce(),
}) {}
