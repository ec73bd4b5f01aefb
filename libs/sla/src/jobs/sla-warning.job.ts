import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { SlaEffects } from '../effects/sla-effects.service';
import { JOB, SLA_TIMERS_QUEUE, SlaTimerPayload } from './queues';

/** At 75% of a clock: warn the owner and the zone supervisors (once, however often this runs). */
@Processor(SLA_TIMERS_QUEUE)
export class SlaWarningJob {
  constructor(private readonly effects: SlaEffects) {}

  @Process({ name: JOB.warning, concurrency: 4 })
  async handle(job: Job<SlaTimerPayload>): Promise<string> {
    const result = await this.effects.warn(job.data.caseId, job.data.clock, job.data.at);
    // Came early (clock skew between hosts): fail so Bull retries with backoff.
    if (result === 'not_due') throw new Error(`warning for ${job.data.caseId}/${job.data.clock} is not due yet`);
    return result;
  }
}
