import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { SlaEffects } from '../effects/sla-effects.service';
import { CASE_TIMERS_QUEUE, CaseAutoClosePayload, JOB } from './queues';

/** Closes a case resolved 7 days ago without a rating, or waiting 30 days for materials. */
@Processor(CASE_TIMERS_QUEUE)
export class CaseAutoCloseJob {
  constructor(private readonly effects: SlaEffects) {}

  @Process({ name: JOB.autoClose, concurrency: 2 })
  async handle(job: Job<CaseAutoClosePayload>): Promise<string> {
    const result = await this.effects.autoClose(job.data.caseId, job.data.reason, job.data.since);
    if (result === 'not_due') throw new Error(`auto-close of ${job.data.caseId} is not due yet`);
    return result;
  }
}
