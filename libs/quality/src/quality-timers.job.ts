import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { QUALITY_TIMERS_QUEUE, RepeatableJob } from '@app/jobs';
import { QUALITY_SWEEP_JOB, RECTIFICATION_OVERDUE_JOB, RectificationOverduePayload } from './quality-timers';
import { QualitySweepReport, QualityTimers } from './quality-timers.service';

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

const EVERY_MS = 60_000;

/** The sweep every minute: every overdue step PostgreSQL knows of, whether or not its job arrived. */
@Processor(QUALITY_TIMERS_QUEUE)
@Injectable()
export class QualitySweepJob extends RepeatableJob {
  constructor(
    @InjectQueue(QUALITY_TIMERS_QUEUE) queue: Queue,
    private readonly timers: QualityTimers,
  ) {
    super(queue, QUALITY_SWEEP_JOB, EVERY_MS);
  }

  @Process({ name: QUALITY_SWEEP_JOB, concurrency: 1 })
  handle(): Promise<QualitySweepReport> {
    return this.timers.sweepOnce();
  }
}
