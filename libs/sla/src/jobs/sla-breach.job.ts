import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { SlaEffects } from '../effects/sla-effects.service';
import { JOB, SLA_TIMERS_QUEUE, SlaTimerPayload } from './queues';

/** At a deadline: record the breach and escalate (once, however often this runs). */
@Processor(SLA_TIMERS_QUEUE)
export class SlaBreachJob {
  constructor(private readonly effects: SlaEffects) {}

  @Process({ name: JOB.breach, concurrency: 4 })
  async handle(job: Job<SlaTimerPayload>): Promise<string> {
    const result = await this.effects.breach(job.data.caseId, job.data.clock, job.data.at);
    if (result === 'not_due') throw new Error(`breach for ${job.data.caseId}/${job.data.clock} is not due yet`);
    return result;
  }
}
