import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { DISPATCH_TIMERS_QUEUE } from '@app/jobs';
import { SUPERVISION_ESCALATE_JOB, SUPERVISION_REMIND_JOB, SupervisionTimerPayload, SupervisionTimers } from './supervision-timers.service';

/** The reminder and the escalation of one order, at their instants (once, however often they run). */
@Processor(DISPATCH_TIMERS_QUEUE)
export class SupervisionTimerJob {
  constructor(private readonly timers: SupervisionTimers) {}

  @Process({ name: SUPERVISION_REMIND_JOB, concurrency: 2 })
  async remind(job: Job<SupervisionTimerPayload>): Promise<string> {
    const result = await this.timers.remind(job.data.orderId);
    // Came early (clock skew between hosts): fail so Bull retries with backoff.
    if (result === 'not_due') throw new Error(`reminder of order ${job.data.orderId} is not due yet`);
    return result;
  }

  @Process({ name: SUPERVISION_ESCALATE_JOB, concurrency: 2 })
  async escalate(job: Job<SupervisionTimerPayload>): Promise<string> {
    const result = await this.timers.escalate(job.data.orderId);
    if (result === 'not_due') throw new Error(`escalation of order ${job.data.orderId} is not due yet`);
    return result;
  }
}
